implement T
init()
{
}
implement ;
