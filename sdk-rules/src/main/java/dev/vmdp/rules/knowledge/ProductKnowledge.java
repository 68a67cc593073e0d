package dev.vmdp.rules.knowledge;

import dev.vmdp.model.host.EsxVersion;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What vmdp knows about VMware products, each fact with its source (DOMAIN.md, the guide, KB
 * articles): which virtual hardware each product introduced.
 *
 * <pre>{@code
 * ProductKnowledge p = ProductKnowledge.standard();
 * p.oldestProductFor(7);          // ESX 4.0
 * p.hardwareVersionOf(EsxVersion.parse("6.7U2"));   // 15
 * }</pre>
 */
public final class ProductKnowledge {
  /** virtualHW.version by the first product that wrote it (DOMAIN.md 4). */
  private static final NavigableMap<EsxVersion, Integer> HARDWARE = new TreeMap<>(Map.ofEntries(
      Map.entry(EsxVersion.ESX_3_5, 4),
      Map.entry(EsxVersion.ESX_4_0, 7),
      Map.entry(EsxVersion.ESX_5_0, 8),
      Map.entry(EsxVersion.ESX_5_1, 9),
      Map.entry(EsxVersion.ESX_5_5, 10),
      Map.entry(EsxVersion.ESX_6_0, 11),
      Map.entry(EsxVersion.ESX_6_5, 13),
      Map.entry(EsxVersion.ESX_6_7, 14),
      Map.entry(EsxVersion.ESX_6_7_U2, 15),
      Map.entry(EsxVersion.ESX_7_0, 17),
      Map.entry(EsxVersion.ESX_7_0_U1, 18),
      Map.entry(EsxVersion.ESX_7_0_U2, 19),
      Map.entry(EsxVersion.ESX_8_0, 20),
      Map.entry(EsxVersion.ESX_8_0_U2, 21),
      Map.entry(EsxVersion.ESX_9_0, 22)));

  private ProductKnowledge() {}

  /** The built-in product knowledge. */
  public static ProductKnowledge standard() {
    return new ProductKnowledge();
  }

  /**
   * The newest virtual hardware version a product runs.
   *
   * @param version the product version
   * @return the hardware version, or empty for products older than ESX 3.5
   */
  public Optional<Integer> hardwareVersionOf(EsxVersion version) {
    Map.Entry<EsxVersion, Integer> e = HARDWARE.floorEntry(version);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  /**
   * The oldest product that runs a virtual hardware version.
   *
   * @param hardwareVersion the VM's {@code virtualHW.version}
   * @return the product, or empty when no known product runs it
   */
  public Optional<EsxVersion> oldestProductFor(int hardwareVersion) {
    for (Map.Entry<EsxVersion, Integer> e : HARDWARE.entrySet()) {
      if (e.getValue() >= hardwareVersion) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
