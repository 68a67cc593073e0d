package dev.vmdp.rules.vm;

import dev.vmdp.model.host.EsxVersion;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Passthrough devices allowed per VM by host version. Belongs in ProductKnowledge (to move there
 * at integration); kept here while that class is being written.
 */
final class PassthroughLimits {
  /**
   * The guide (ESX 4.0: two devices per VM) and VMware KB 1010789 over its revisions (DOMAIN.md 3):
   * 4.1: 4; 5.0-5.1: 4; 5.5-7.x: 16 (uncertain: the 6.5/6.7 admin guides say six); 8.0: 32;
   * 8.0 U1: 64; 8.0 U2 and later: 128.
   */
  private static final NavigableMap<EsxVersion, Integer> LIMITS = new TreeMap<>(Map.of(
      EsxVersion.ESX_4_0, 2,
      EsxVersion.ESX_4_1, 4,
      EsxVersion.ESX_5_0, 4,
      EsxVersion.ESX_5_5, 16,
      EsxVersion.ESX_8_0, 32,
      EsxVersion.ESX_8_0_U1, 64,
      EsxVersion.ESX_8_0_U2, 128));

  private PassthroughLimits() {}

  /** The limit for a version; empty before ESX 4.0 (no VMDirectPath, VMDP107). */
  static OptionalInt perVm(EsxVersion version) {
    Map.Entry<EsxVersion, Integer> e = LIMITS.floorEntry(version);
    return e == null ? OptionalInt.empty() : OptionalInt.of(e.getValue());
  }
}
