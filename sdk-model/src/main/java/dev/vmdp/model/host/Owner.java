package dev.vmdp.model.host;

import java.util.Locale;
import java.util.Optional;

/**
 * Who owns a host PCI function: the VMkernel or passthrough (a VM). esx.conf writes
 * {@code vmkernel} / {@code passthru}; esxcli prints {@code VMkernel} / {@code VM Passthru}.
 */
public enum Owner {
  /** The VMkernel drives the function. */
  VMKERNEL("vmkernel", "VMkernel"),
  /** The function is reserved for passthrough to VMs. */
  PASSTHRU("passthru", "VM Passthru");

  private final String esxConfToken;
  private final String esxcliText;

  Owner(String esxConfToken, String esxcliText) {
    this.esxConfToken = esxConfToken;
    this.esxcliText = esxcliText;
  }

  /** The esx.conf value: {@code vmkernel} or {@code passthru}. */
  public String esxConfToken() {
    return esxConfToken;
  }

  /** The esxcli text: {@code VMkernel} or {@code VM Passthru}. */
  public String esxcliText() {
    return esxcliText;
  }

  /**
   * The owner named by esx.conf ({@code vmkernel}, {@code passthru}) or esxcli ({@code VMkernel},
   * {@code VM Passthru}), ignoring case and surrounding blanks.
   *
   * @param text the value
   * @return the owner, or empty for any other text (esxcli's {@code None}, for example)
   */
  public static Optional<Owner> fromText(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (Owner o : values()) {
      if (o.esxConfToken.equals(t) || o.esxcliText.toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
