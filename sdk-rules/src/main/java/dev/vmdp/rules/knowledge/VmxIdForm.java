package dev.vmdp.rules.knowledge;

import dev.vmdp.model.pci.PciAddress;
import java.util.regex.Pattern;

/**
 * The forms of a {@code pciPassthruN.id} value (DOMAIN.md 5.5): every field is decimal in both.
 *
 * <pre>{@code
 * VmxIdForm.LONG.format(PciAddress.parse("0000:65:00.0"));   // "00000:101:00.0"
 * VmxIdForm.SHORT.format(PciAddress.parse("03:00.0"));       // "03:00.0"
 * }</pre>
 */
public enum VmxIdForm {
  /** ESX 4.x: {@code BB:DD.F} (the guide's {@code "03:00.0"}; the bus is decimal, {@code "130:00.0"}). */
  SHORT("\\d{1,3}:\\d{1,2}\\.\\d"),
  /** ESXi 5.0 and later: {@code SSSSS:BBB:DD.F}, e.g. {@code "00000:101:00.0"} for host {@code 0000:65:00.0}. */
  LONG("\\d{1,5}:\\d{1,3}:\\d{1,2}\\.\\d");

  /** Compiled once: the form is checked for every passthrough entry of every VM. */
  private final Pattern pattern;

  VmxIdForm(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /**
   * True when the text has this form's shape (decimal digits and separators; field ranges are not
   * checked).
   *
   * @param text the value, without surrounding blanks
   * @return whether it has the shape
   */
  public boolean matches(String text) {
    return pattern.matcher(text).matches();
  }

  /**
   * The address written in this form.
   *
   * @param address the host address
   * @return the value ESX writes for it, e.g. {@code 00000:101:00.0}
   */
  public String format(PciAddress address) {
    return this == SHORT ? address.toVmxShortForm() : address.toVmxLongForm();
  }
}
