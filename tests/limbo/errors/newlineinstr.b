implement T;
init()
{
	s := "abc
";
}
