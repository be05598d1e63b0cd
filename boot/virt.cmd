# Ember's U-Boot boot script for arm64 (scripts/image makes it into
# boot.scr with mkimage). U-Boot's own boot sequence (distro boot)
# finds boot.scr on the image's FAT partition and runs it with
# devtype, devnum and distro_bootpart set. The kernel, an arm64 Image,
# goes to kernel_addr_r; booti moves it to RAM + 4 MiB, where it is
# linked, if it is not there already, and starts it with x0 the FDT.
echo Ember: loading the kernel from ${devtype} ${devnum}:${distro_bootpart}
setenv bootargs @ARGS@
load ${devtype} ${devnum}:${distro_bootpart} ${kernel_addr_r} ember
booti ${kernel_addr_r} - ${fdtcontroladdr}
