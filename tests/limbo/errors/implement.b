implement Nosuch, T, v;
T: module { init: fn(); };
v: int;
init()
{
}
