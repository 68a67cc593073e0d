package dev.vmdp.io.host;

import dev.vmdp.io.internal.TextFormats;
import java.util.Optional;

/**
 * The kinds of file vmdp reads from a host, each recognised by its content: command outputs,
 * configuration files, the VMs' files and the logs.
 *
 * <pre>{@code
 * HostFileKind.recognise(bytes);   // Optional[ESXCLI_PCI_LIST]
 * }</pre>
 */
public enum HostFileKind {
  /** {@code lspci} output in any form: Linux pciutils ({@code -nn -vvv}, {@code -t}, {@code -vmm}) or ESXi's own list. */
  LSPCI(TextFormats.Format.LSPCI),
  /** ESXi's {@code lspci -p}. */
  LSPCI_PCI_INFO(TextFormats.Format.LSPCI_PCI_INFO),
  /** The ESX 4 service console's {@code lspci} ({@code 00:00.00} addresses). */
  ESX4_LSPCI(TextFormats.Format.ESX4_LSPCI),
  /** {@code esxcli hardware pci list}. */
  ESXCLI_PCI_LIST(TextFormats.Format.ESXCLI_PCI_LIST),
  /** {@code esxcli hardware pci pcipassthru list}. */
  ESXCLI_PCIPASSTHRU_LIST(TextFormats.Format.ESXCLI_PCIPASSTHRU_LIST),
  /** {@code esxcfg-module --list} or {@code esxcli system module list}. */
  MODULE_LIST(TextFormats.Format.MODULE_LIST),
  /** {@code /etc/vmware/esx.conf}. */
  ESX_CONF(TextFormats.Format.ESX_CONF),
  /** {@code /etc/vmware/passthru.map}. */
  PASSTHRU_MAP(TextFormats.Format.PASSTHRU_MAP),
  /** {@code vmware -v} / {@code -vl} or {@code esxcli system version get}: the host's version. */
  VERSION(TextFormats.Format.VERSION),
  /** A VM's {@code .vmx}. */
  VMX(TextFormats.Format.VMX),
  /** A VM's {@code vmware.log}. */
  VMWARE_LOG(TextFormats.Format.VMWARE_LOG),
  /** The host's {@code vmkernel.log}. */
  VMKERNEL_LOG(TextFormats.Format.VMKERNEL_LOG);

  private final TextFormats.Format format;

  HostFileKind(TextFormats.Format format) {
    this.format = format;
  }

  /** What the file is, for messages: {@code esxcli hardware pci list output}. */
  public String description() {
    return format.description();
  }

  /** True for the files that describe the host itself (not a VM's .vmx, not a log). */
  public boolean describesTheHost() {
    return this != VMX && this != VMWARE_LOG && this != VMKERNEL_LOG;
  }

  /** True for the logs, whose lines go to the log diagnosis (VMDP7xx). */
  public boolean isLog() {
    return this == VMWARE_LOG || this == VMKERNEL_LOG;
  }

  /**
   * The kind of a file, from its first lines ({@code 64 KiB} at most, as UTF-8).
   *
   * @param bytes the file, or its beginning
   * @return the kind, or empty when no line shows one
   */
  public static Optional<HostFileKind> recognise(byte[] bytes) {
    return TextFormats.recognise(bytes).map(g -> of(g.format()));
  }

  static HostFileKind of(TextFormats.Format format) {
    for (HostFileKind k : values()) {
      if (k.format == format) {
        return k;
      }
    }
    throw new IllegalArgumentException("no host file kind for " + format);
  }

  TextFormats.Format format() {
    return format;
  }
}
