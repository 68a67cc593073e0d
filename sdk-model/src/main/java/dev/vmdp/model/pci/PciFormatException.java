package dev.vmdp.model.pci;

import dev.vmdp.model.VmdpException;

/** A PCI address or id that is malformed or out of range; the message names the bad text. */
public final class PciFormatException extends VmdpException {
  private static final long serialVersionUID = 1L;

  /**
   * A new exception.
   *
   * @param message what is wrong, naming the bad value
   */
  public PciFormatException(String message) {
    super(message);
  }
}
