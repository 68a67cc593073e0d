package dev.vmdp.rules.log;

/** Logs the log rule tests share, as ESXi writes them. */
final class LogTexts {
  /**
   * A successful ESXi 8 power-on with a passthrough GPU, in the new format: no failure signature.
   * The BAR lines follow the shape ESXi logs them in.
   */
  static final String CLEAN_ESXI8 = """
      2022-08-02T10:03:02.701Z In(05) vmx Log for VMware ESX pid=2103645 version=8.0.0 build=build-20513097 option=Release
      2022-08-02T10:03:02.701Z In(05) vmx The host is x86_64.
      2022-08-02T10:03:02.855Z In(05) vmx PCIPassthru: Device 0000:42:00.0 barIndex 0 type 2 realaddr 0xd4000000 size 16777216 flags 0
      2022-08-02T10:03:02.855Z In(05) vmx PCIPassthru: Device 0000:42:00.0 barIndex 1 type 3 realaddr 0x3b800000000 size 34359738368 flags 12
      2022-08-02T10:03:02.856Z In(05) vmx PCIPassthru: successfully created the IOMMU mappings
      2022-08-02T10:03:02.901Z In(05) vmx Vmx_PowerOn: ModuleTable_PowerOn = 1
      2022-08-02T10:03:02.901Z In(05) vmx VMX_PowerOn: VMM started
      """;

  private LogTexts() {}
}
