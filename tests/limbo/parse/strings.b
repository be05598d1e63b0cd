# String and number conversion in the style of Inferno's library:
# casts of parenthesised expressions, labelled continue, a loop
# variable used after its loop, byte constants made with iota and
# compared through int casts in a case, arms on one line, a table
# initialised from constants.
implement Strings;

Strings: module {
	init: fn();
	toint: fn(s: string, base: int): (int, string);
	splitstrl: fn(s, t: string): (string, string);
};

Sp, Dig, Let, Oth: con byte iota;

class := array[128] of {
	' ' => Sp, '\t' => Sp, '\n' => Sp,
	'0' to '9' => Dig,
	'a' to 'z' or 'A' to 'Z' or '_' => Let,
	* => Oth,
};

toint(s: string, base: int): (int, string)
{
	if(s == nil || base < 2 || base > 36)
		return (0, s);
	for(i := 0; i < len s; i++)
		if(s[i] >= len class || class[s[i]] != Sp)
			break;
	neg := 0;
	if(i < len s && (s[i] == '-' || s[i] == '+')){
		neg = s[i] == '-';
		i++;
	}
	start := i;
	n := 0;
	for(; i < len s; i++){
		c := s[i];
		d := base;
		case int class[c & 16r7F] {
		int Dig =>	d = c - '0';
		int Let =>	d = 10 + (c | 16r20) - int 'a';
		* =>	;
		}
		if(d >= base)
			break;
		n = n * base + d;
	}
	if(i == start)
		return (0, s);
	if(neg)
		n = -n;
	return(n, s[i:]);
}

tobig(s: string): big
{
	n := big 0;
	for(i := 0; i < len s && s[i] >= '0' && s[i] <= '9'; i++)
		n = n * big 10 + big(s[i] - '0');
	return n;
}

splitstrl(s, t: string): (string, string)
{
	n := len s;
	nt := len t;
	if(nt == 0)
		return ("", s);
    outer:
	for(j := 0; j <= n - nt; j++){
		for(k := 0; k < nt; k++)
			if(s[j+k] != t[k])
				continue outer;
		return(s[0:j], s[j:n]);
	}
	return (s, "");
}

init()
{
	(n, rest) := toint("  -42abc", 10);
	(h, nil) := toint("ff", 16);
	b := tobig("12345678901") + big n + big h;
	(l, r) := splitstrl("key=value", "=");
	do{
		l += r;
	}while(len l < 10 && rest != nil);
	x := real b / 2.0 + real len l;
	y := byte (int x & 16rFF);
}
