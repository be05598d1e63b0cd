# Ember's module/sys.m as programs include it: limbo -t Sys must print
# the same table as sys.out (dis-link.md section 4: the 43 functions'
# type strings, sigs, frame sizes and maps, and the adts' layouts), so
# module_sys.out is sys.out.
include "../../../module/sys.m";
