package dev.vmdp.rules.standard;

/** VMDP501: a device id that is not hex. */
class VMDP501Test extends PassthruMapLineTest {
  VMDP501Test() {
    super("VMDP501", "8086  xxxx  d3d0  default", "8086  10c6  d3d0  default");
  }
}
