/* What every kernel file includes: libkern, the arch's types, the core's types and functions. */
#include "../libkern/kern.h"
#include "arch.h"
#include "../port/portdat.h"
#include "../port/portfns.h"
#include "../port/error.h"
