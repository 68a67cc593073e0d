package dev.vmdp.rules.host;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;

/**
 * The ESX 4.0 files the host rule tests share: the guide's sample VM idle, the service console's
 * module list, and an inventory of the host running the sample VM.
 */
final class Esx40Files {
  /** The host lines of an inventory's ESX 4.0 host with an Intel CPU. */
  static final String ESX40_INTEL = "version: \"4.0\"\ncpu: intel\n";

  /** The sample VM with both passthrough entries switched off ({@code present = "FALSE"}). */
  static final String RHEL3_IDLE = GUIDE_RHEL3.replace("pciPassthru0.present = \"TRUE\"", "pciPassthru0.present = \"FALSE\"")
      .replace("pciPassthru1.present = \"TRUE\"", "pciPassthru1.present = \"FALSE\"");

  private Esx40Files() {}

  /**
   * An inventory of esx01 with these host lines, running the guide's VM ({@code rhel3.vmx}).
   *
   * @param hostLines the host's keys (version, cpu, iommu, devices ...), one a line, markers among them
   * @return the inventory
   */
  static String inventory(String hostLines) {
    return """
        hosts:
          esx01:
        %s
        vms:
          - vmx: rhel3.vmx
            host: esx01
        """.formatted(hostLines.indent(4).stripTrailing());
  }

  /**
   * {@code esxcfg-module --list} on an ESX 4.0 service console.
   *
   * @param iommuModule the IOMMU module line's name ({@code vtddmar}, {@code amd_iommu}), or null
   *     for a list without one
   * @return the output
   */
  static String modules(String iommuModule) {
    return """
        Name                    Used Size (kb)
        vmkernel                57
        procfs                  2         16
        vmkapi_v1_0_0_0_vmkernel_shim0    8
        vmklinux                22        608
        vmkplexer               0         20
        iscsi_trans             3         52
        vmkapiv1_0_0_0_vmklinux_shim 0         8
        %srandom                  1         32
        usb                     3         68
        ehci-hcd                0         36
        e1000e                  0         176
        bnx2x                   0         1136
        qla2xxx                 0         1124
        lvmdriver               10        84
        deltadisk               1         40
        multiextent             0         12
        vmfs3                   1         228
        nfsclient               1         96
        """.formatted(iommuModule == null ? "" : "%-24s0         28\n".formatted(iommuModule));
  }
}
