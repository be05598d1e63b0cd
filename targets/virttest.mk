# The virt kernel with the Dis test programs of tests/dis in its root,
# for tests/boot/virt.sh. Not a target anyone boots.
<$ROOT/targets/virt.mk
