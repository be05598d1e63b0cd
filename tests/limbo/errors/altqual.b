implement T;
T: module { init: fn(); };
E: exception;
init()
{
	c := chan of int;
	x := 0;
	alt {
	x = 1 =>
		;
	<-c =>
		;
	v := <-c =>
		x = v;
	c <-= 2 =>
		;
	* =>
		;
	* =>
		;
	}
	{
		x++;
	} exception e {
	E or "fail:*" =>
		;
	x =>
		;
	* =>
		;
	}
}
