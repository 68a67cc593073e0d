package dev.vmdp.rules.standard;

/** VMDP503: the typo in fptShareable ESXi's users make. */
class VMDP503Test extends PassthruMapLineTest {
  VMDP503Test() {
    super("VMDP503", "8086  10c6  d3d0  fasle", "8086  10c6  d3d0  false");
  }
}
