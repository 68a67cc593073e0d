package dev.vmdp.rules.catalogue;

import dev.vmdp.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** The stable catalogue of DOMAIN.md section 9; IDs never change meaning once released. */
final class StandardEntries {
  private static final Severity E = Severity.ERROR;
  private static final Severity W = Severity.WARNING;
  private static final Severity I = Severity.INFO;

  private final List<CatalogueEntry> entries = new ArrayList<>();

  private StandardEntries() {}

  static List<CatalogueEntry> create() {
    StandardEntries s = new StandardEntries();
    s.host();
    s.device();
    s.vm();
    s.reset();
    s.passthruMap();
    s.vmxFile();
    s.log();
    return List.copyOf(s.entries);
  }

  private void host() {
    add(101, E, "host has no IOMMU (no VT-d / AMD-Vi)");
    add(102, W, "AMD IOMMU on ESX 4.x is experimental");
    add(103, E, "IOMMU present but not enabled (BIOS off, or no IOMMU module loaded)");
    add(104, I, "IOMMU state not verified (no module list or host report given)");
    add(105, E, "passthrough change pending a host reboot (configured differs from active)");
    add(106, E, "device removed, or to be removed, while passthrough is still enabled for it");
    add(107, E, "host version has no VMDirectPath (older than ESX 4.0)");
  }

  private void device() {
    add(201, E, "VM references a host PCI address that the host does not have");
    add(202, E, "VM's vendorId/deviceId differ from the device at that address");
    add(203, E, "VM's systemId is not the host's UUID");
    add(204, E, "device is not enabled for passthrough on the host");
    add(205, W, "device not on the known-supported list for that version");
    fixable(206, E, "conventional PCI/PCI-X device with virtualDev pcie (the default)");
    add(207, E, "one host device assigned to several VMs");
    add(208, W, "device behind a conventional PCI bridge, or below a PCIe switch port without ACS");
    add(209, E, "address is a bridge, which cannot be passed through");
    add(210, E, "pciPassthruN.id malformed for the host version (e.g. hex digits)");
    add(211, E, "device is not passthrough capable on this host (esxcli Passthru Capable: false)");
    add(212, W, "SR-IOV passthrough adapter whose physical function shows no virtual functions on the host");
    add(213, E, "Dynamic DirectPath allowedDevices matches no device of the host that is enabled for passthrough");
  }

  private void vm() {
    add(301, E, "more passthrough devices than the version allows");
    add(302, E, "virtualHW.version below 7");
    add(303, E, "pciBridge block missing or incomplete on virtual hardware 7 or later");
    add(304, W, "pciBridge block differs from what the client generates");
    fixable(305, E, "memory reservation below memsize");
    fixable(306, W, "Broadcom 57710/57711 in a Windows 2003/2008 guest without msiEnabled = \"FALSE\"");
    add(307, W, "passthrough device in IOAPIC mode may share a virtual IRQ with another virtual device");
    fixable(308, W, "physical MSI with a guest that drives the device in IOAPIC mode");
    add(309, E, "two devices share a pciSlotNumber");
    add(310, E, "passthrough entry present but missing id, vendorId, deviceId or systemId");
    fixable(311, W, "device BARs above 16 GB without pciPassthru.use64bitMMIO");
    add(312, W, "memory or CPU hot add enabled on a VM with passthrough");
    add(313, E, "Dynamic DirectPath keys on virtualHW below 17");
    fixable(314, W, "the 64-bit MMIO window is smaller than the passthrough devices' BARs need");
    add(315, W, "passthrough devices need 64-bit MMIO but the VM boots with BIOS, not EFI");
    add(316, E, "virtualHW.version is newer than the host product supports");
    fixable(317, E, "memory limit below memsize on a VM with passthrough: a full reservation is impossible");
    add(318, I, "NVIDIA consumer-class GPU passed through without hypervisor.cpuid.v0 = \"FALSE\"");
    add(319, E, "ACPI motherboard layout on a VM that does not boot with EFI");
  }

  private void reset() {
    add(401, E, "a function's reset domain holds functions not assigned to the same VM");
    add(402, E, "functions of a non-shareable device split between owners");
    add(403, E, "a link/bridge reset would hit a function the VMkernel uses");
    add(404, E, "no reset method available for an assigned function");
    add(405, W, "passthru.map forces a reset method the device does not advertise");
    fixable(406, I, "a d3d0 line would free a function from a shared reset domain");
  }

  private void passthruMap() {
    add(501, E, "malformed passthru.map line (not four fields, bad hex)");
    add(502, E, "unknown reset method in passthru.map");
    add(503, E, "unknown fptShareable value in passthru.map");
    add(504, W, "several passthru.map lines match the same ids");
    add(505, I, "passthru.map line matches no device on the host");
    add(506, W, "passthru.map line matches an SR-IOV physical or virtual function");
  }

  private void vmxFile() {
    add(601, W, "duplicate key (case-insensitive)");
    add(602, W, "line is not a key = value line (kept as is)");
    add(603, W, "invalid | escape");
    add(604, W, "unquoted value (ESXi rejects it)");
    add(605, E, "bytes not valid in the declared .encoding");
    add(606, E, "bad typed value (memsize, boolean or hex id)");
  }

  private void log() {
    add(701, E, "log: device is marked wrong PCIe (see VMDP206)");
    add(702, E, "log: MMIO pages exceed the limit at DevicePowerOn (see VMDP311)");
    add(703, E, "log: memory reservation not equal to memsize (see VMDP305)");
    add(704, E, "log: systemId or vendorId/deviceId mismatch (see VMDP202, VMDP203)");
    add(705, E, "log: no device hints found for pciPassthru (see VMDP210)");
    add(706, E, "log: no PCIe slot available (see VMDP303)");
    add(707, I, "log: device caused an IOMMU fault");
    add(708, W, "vmkernel.log: a device reset failed (see VMDP405, VMDP406)");
    add(709, E, "log: the device could not be registered for passthrough (see VMDP101, VMDP103, VMDP205, VMDP211)");
  }

  private void add(int number, Severity severity, String summary) {
    entries.add(entry(number, severity, summary, false));
  }

  private void fixable(int number, Severity severity, String summary) {
    entries.add(entry(number, severity, summary, true));
  }

  private static CatalogueEntry entry(int number, Severity severity, String summary, boolean fix) {
    return CatalogueEntry.builder()
        .id(RuleId.of(number))
        .severity(severity)
        .summary(summary)
        .automaticallyFixable(fix)
        .build();
  }
}
