# Ember's module/math.m: limbo -t Math must print dis-link.md section 5's
# export table (68 entries), the same as math.out.
include "../../../module/math.m";
