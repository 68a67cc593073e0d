package dev.vmdp.rules.standard;

/** VMDP502: a reset method ESXi does not know. */
class VMDP502Test extends PassthruMapLineTest {
  VMDP502Test() {
    super("VMDP502", "8086  10c6  reboot  default", "8086  10c6  flr  default");
  }
}
