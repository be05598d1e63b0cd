implement T;
init()
{
	if(1){
		x := 1;
}
