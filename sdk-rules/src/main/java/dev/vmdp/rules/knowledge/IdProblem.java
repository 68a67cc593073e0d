package dev.vmdp.rules.knowledge;

/**
 * Why a {@code pciPassthruN.id} value is malformed for a host version (rule VMDP210); see
 * {@link ProductKnowledge#idProblem(String, dev.vmdp.model.host.EsxVersion)}.
 */
public enum IdProblem {
  /** Hex letters in a field: ESXi fails with "No device hints found" (DOMAIN.md 5.5). */
  HEX_DIGITS("hexDigits", "has hex digits; ESX expects decimal fields"),
  /** Not {@code BB:DD.F} nor {@code SSSSS:BBB:DD.F} (wrong number of fields, no function, other characters). */
  SHAPE("shape", "is not a PCI address of the form BB:DD.F or SSSSS:BBB:DD.F"),
  /** The shape is right, but a field is out of range (bus above 255, device above 31, function above 7). */
  OUT_OF_RANGE("outOfRange", "has a field out of range (bus 0-255, device 0-31, function 0-7)"),
  /**
   * The {@code lspci -D} shape ({@code 0000:65:00.0}: a 4-digit segment, which no ESX version
   * writes) whose hex reading names another address than the decimal one ESX uses: almost
   * certainly an address copied from lspci.
   */
  LSPCI_FORM("lspciForm", "looks like an lspci (hex) address, but ESX reads every field as decimal"),
  /** A well-formed value in a form this version does not accept (the long form on ESX 4.x). */
  WRONG_FORM("wrongForm", "has a form this ESX version does not accept");

  private final String code;
  private final String description;

  IdProblem(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The stable lowerCamel code used as a finding fact ({@code hexDigits}). */
  public String code() {
    return code;
  }

  /** What is wrong, as a message fragment without a trailing period. */
  public String description() {
    return description;
  }
}
