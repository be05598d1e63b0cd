implement T;
init()
{
	if x > 0
		return;
	while(1 {
	}
}
