#!/bin/sh
# strongSwan updown for the lab: the emulated VTI (the veth "lan" into the router namespace) carries traffic only
# while its CHILD_SA is installed, as a tunnel interface does; its carrier tells FRR when the tunnel is gone.
case "$PLUTO_VERB" in
    up-*) ip link set lan up && ip route replace default dev lan table 100 ;;
    down-*) ip link set lan down ;;
esac
exit 0
