implement T;
include "selfinclude.b";
