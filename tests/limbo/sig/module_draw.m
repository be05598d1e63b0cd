# Ember's module/draw.m (after module/sys.m): limbo -t Draw must print
# the 89 entries of builtins-more.md section 3.3 (names, sigs, frames and
# maps there, in the runtime order), then the adts: Context is 12 bytes
# with map e0 (section 3.1); the others follow from their fields (Image:
# r@0, clipr@16, depth@32, chans@36, repl@40, display@44, screen@48,
# iname@52: 56 bytes, pointer words 11-13, map 00 1c). The type strings
# are not in the fact sheet; each one in module_draw.out was checked to
# hash (dis-link.md section 2) to the sheet's sig.
include "../../../module/sys.m";
include "../../../module/draw.m";
