package dev.vmdp.model.pci;

/** The address space a base address register decodes. */
public enum BarKind {
  /** Memory space (lspci: {@code Memory at ...}, {@code Region 0: Memory at ...}). */
  MEMORY,
  /** I/O port space (lspci: {@code I/O ports at ...}). */
  IO
}
