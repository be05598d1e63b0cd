implement T;
init()
{
	x := 1;
	if(x){
