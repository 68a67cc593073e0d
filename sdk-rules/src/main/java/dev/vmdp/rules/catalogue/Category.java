package dev.vmdp.rules.catalogue;

/**
 * The group a rule belongs to, given by the hundreds digit of its ID ({@code VMDP305} is
 * {@link #VM}).
 */
public enum Category {
  /** 1xx: host IOMMU, reboots, host version. */
  HOST(1, "Host"),
  /** 2xx: the host PCI device a VM references. */
  DEVICE(2, "Device"),
  /** 3xx: the VM's own configuration. */
  VM(3, "VM"),
  /** 4xx: reset methods and co-assignment groups. */
  RESET(4, "Reset and assignment"),
  /** 5xx: problems in {@code /etc/vmware/passthru.map}. */
  PASSTHRU_MAP(5, "passthru.map"),
  /** 6xx: problems in the syntax and values of a {@code .vmx} file. */
  VMX_FILE(6, ".vmx file"),
  /** 7xx: signatures recognised in {@code vmware.log}. */
  LOG(7, "Log diagnosis");

  private final int hundreds;
  private final String title;

  Category(int hundreds, String title) {
    this.hundreds = hundreds;
    this.title = title;
  }

  /** The hundreds digit of the IDs in this category (1 to 7). */
  public int hundreds() {
    return hundreds;
  }

  /** The name the documentation pages use, for example {@code Reset and assignment}. */
  public String title() {
    return title;
  }

  /**
   * The category of a rule number.
   *
   * @param number the three-digit rule number, 100 to 799
   * @return the category whose hundreds digit the number has
   * @throws IllegalArgumentException when the hundreds digit is not 1 to 7
   */
  public static Category ofNumber(int number) {
    if (number >= 100 && number < 800) {
      return values()[number / 100 - 1]; // constants are declared in hundreds order
    }
    throw new IllegalArgumentException(
        "Category hundreds digit must be 1 to 7, rule number was " + number);
  }
}
