package dev.vmdp.io.yaml;

/**
 * How {@link Inventory} reads: whether the files the inventory names must lie in its folder
 * ({@link #confined()}).
 *
 * <p>An inventory names the lspci, esxcli, esx.conf, module list, passthru.map and .vmx files it
 * describes, and findings and errors quote lines of those files. An inventory from elsewhere (a
 * pull request checked in CI) could therefore name {@code /etc/shadow} or {@code ../../secrets}
 * and have its lines printed. A confined read refuses every path that leads outside the
 * inventory's folder, lexically or through a symbolic link, at the line and column of the path,
 * without saying whether the file exists.
 *
 * <pre>{@code
 * Inventory inv = Inventory.read(Path.of("pr/inventory.yaml"), InventoryOptions.defaults().withConfined(true));
 * }</pre>
 */
public final class InventoryOptions {
  private static final InventoryOptions DEFAULTS = new InventoryOptions(false);

  private final boolean confined;

  private InventoryOptions(boolean confined) {
    this.confined = confined;
  }

  /** The defaults: files anywhere may be named (the inventory is trusted). */
  public static InventoryOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether every file the inventory names must be in its folder or below (for
   * {@link Inventory#parse(String, String, java.nio.file.Path, InventoryOptions)}: in the base
   * folder), after symbolic links are followed.
   */
  public boolean confined() {
    return confined;
  }

  /** A copy with another confinement setting. */
  public InventoryOptions withConfined(boolean confined) {
    return new InventoryOptions(confined);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InventoryOptions other && confined == other.confined;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(confined);
  }

  @Override
  public String toString() {
    return "InventoryOptions{confined=" + confined + "}";
  }
}
