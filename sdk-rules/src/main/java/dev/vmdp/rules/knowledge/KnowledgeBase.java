package dev.vmdp.rules.knowledge;

import dev.vmdp.model.host.EsxVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the rules know beyond the model: VMware products ({@link ProductKnowledge}), PCI
 * devices ({@link DeviceKnowledge}) and guest operating systems ({@link GuestKnowledge}). Each
 * part can be replaced, so a site can extend or override what vmdp knows.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.standard();
 * kb.products().oldestProductFor(7);      // ESX 4.0
 * KnowledgeBase site = kb.withDevices(kb.devices().withSupported(...));
 * }</pre>
 */
public final class KnowledgeBase {
  private final ProductKnowledge products;
  private final DeviceKnowledge devices;
  private final GuestKnowledge guests;

  private KnowledgeBase(ProductKnowledge products, DeviceKnowledge devices, GuestKnowledge guests) {
    this.products = Objects.requireNonNull(products, "products");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.guests = Objects.requireNonNull(guests, "guests");
  }

  /** The built-in knowledge. */
  public static KnowledgeBase standard() {
    return new KnowledgeBase(ProductKnowledge.standard(), DeviceKnowledge.standard(), GuestKnowledge.standard());
  }

  /** What vmdp knows about products: virtual hardware, limits, id formats. */
  public ProductKnowledge products() {
    return products;
  }

  /** What vmdp knows about PCI devices: supported lists, interrupt and reset quirks. */
  public DeviceKnowledge devices() {
    return devices;
  }

  /** What vmdp knows about guest operating systems. */
  public GuestKnowledge guests() {
    return guests;
  }

  /** A copy with other product knowledge. */
  public KnowledgeBase withProducts(ProductKnowledge products) {
    return new KnowledgeBase(products, devices, guests);
  }

  /** A copy with other device knowledge. */
  public KnowledgeBase withDevices(DeviceKnowledge devices) {
    return new KnowledgeBase(products, devices, guests);
  }

  /** A copy with other guest knowledge. */
  public KnowledgeBase withGuests(GuestKnowledge guests) {
    return new KnowledgeBase(products, devices, guests);
  }

  /**
   * The oldest product that runs a virtual hardware version (see {@link ProductKnowledge}).
   *
   * @param hardwareVersion the VM's {@code virtualHW.version}
   * @return the product, or empty when no known product runs it
   */
  public Optional<EsxVersion> oldestProductFor(int hardwareVersion) {
    return products.oldestProductFor(hardwareVersion);
  }
}
