implement T;
T: module { init: fn(); };
init()
{
	break;
	continue;
	x := 1;
	sw: case x {
	1 =>
		break sw;
	2 =>
		continue sw;
	3 =>
		continue;
	}
loop:
	while(x){
		break loop;
		continue loop;
		break nolabel;
		alt {
		* =>
			break;
		}
	}
	if(x)
		break loop;
}
