# The pc kernel with the Dis test programs of tests/dis in its root,
# for tests/boot/pc.sh. Not a target anyone boots.
<$ROOT/targets/pc.mk
