# Ember's module/keyring.m (after module/sys.m, for Sys->FD):
# limbo -t Keyring must print builtins-more.md section 2.5's export table, 94
# entries in the runtime order (by simple name; equal names in
# declaration order), then the adts of section 2.2 (size, alignment 4,
# pointer map) in the order keyring.m declares them.
include "../../../module/sys.m";
include "../../../module/keyring.m";
