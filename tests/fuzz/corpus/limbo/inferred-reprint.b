# a;l :1 n = n.nextof theÿÿÿÿi};e: adt[K, V] 0?)digits)
	i :=
	i;