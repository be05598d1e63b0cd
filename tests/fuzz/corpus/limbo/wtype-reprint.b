# alt with receives, sends, declarations, the default arm; channels
# of every shape.
implement Alt;

Alt: module {
	init: fn();
};

init()
{
	c := chan of int;
	d := chan[22] of string;
	e := chan of (int, string);
	cs := array[4] of chan of int;
	v := 0;
	alt {
	i := <-c =>
		v = i;
	<-d =>
		v = 1;
	c <-= 3 =>
		v = 3;
	(n, s) := <-e =>
		v = n + len s;
	* =>
		v = -1;
	}
	alt {
	s := <-d =>
		d <-= s;
	}
	for(;;) alt {
	x := <-c =>
		if(x == 0)
			exit;
	d <-= "x" =>
		;
	}
	(i, x) := <-cs;
	cs[0];
	ch := chan of chan of int;
	ch <-= c;
	x = <-<-ch;
}
