implement T;
init()
{
	for(;;){
		break 3;
		continue "x";
		break l;
	}
}
