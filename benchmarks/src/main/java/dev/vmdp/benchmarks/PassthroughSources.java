package dev.vmdp.benchmarks;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.Sriov;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What the generated VMs' passthrough entries name: a host's functions (fixed passthrough of an
 * assignable function, Dynamic DirectPath of a GPU's ids, vGPU profiles of its NVIDIA T4s, SR-IOV
 * adapters on its physical functions) and its system UUID; without a host, random addresses and
 * ids of the same kinds.
 */
final class PassthroughSources {
  private static final String[] T4_PROFILES = {"grid_t4-1q", "grid_t4-2q", "grid_t4-4q", "grid_t4-8q", "grid_t4-16q",
      "grid_t4-4c", "grid_t4-8c", "grid_t4-16c"};

  private final List<PciFunction> fixed;
  private final List<PciFunction> gpus;
  private final List<PciFunction> physicalFunctions;
  private final String systemId;

  private PassthroughSources(List<PciFunction> fixed, List<PciFunction> gpus, List<PciFunction> physicalFunctions,
      String systemId) {
    this.fixed = fixed;
    this.gpus = gpus;
    this.physicalFunctions = physicalFunctions;
    this.systemId = systemId;
  }

  /** Sources from a host's functions (every function, as {@link SyntheticHosts#all} gives them). */
  static PassthroughSources of(List<PciFunction> functions, long seed) {
    return new PassthroughSources(
        functions.stream().filter(SyntheticHosts::assignable).toList(),
        functions.stream().filter(f -> f.classCode().map(c -> c.baseClass() == 0x03).orElse(false)).toList(),
        functions.stream().filter(f -> f.sriov().map(s -> s.role() == Sriov.Role.PF).orElse(false)).toList(),
        VmxLines.uuid(new SplittableRandom(seed ^ 0x5eed)));
  }

  /** The host's system UUID, as {@code pciPassthruN.systemId} writes it. */
  String systemId() {
    return systemId;
  }

  /** A function for fixed passthrough: its address and ids. */
  PciFunction fixed(SplittableRandom r) {
    if (fixed.isEmpty()) {
      return PciFunction.builder().address(PciAddress.of(0, 1 + r.nextInt(200), r.nextInt(32), r.nextInt(2)))
          .id(PciId.of(0x10de, 0x1000 + r.nextInt(0x1000))).build();
    }
    return fixed.get(r.nextInt(fixed.size()));
  }

  /** {@code "0x10de:0x1eb8"}: the ids Dynamic DirectPath I/O accepts. */
  String allowedDevices(SplittableRandom r) {
    PciId id = gpus.isEmpty() ? PciId.of(0x10de, 0x1eb8) : gpus.get(r.nextInt(gpus.size())).id().orElseThrow();
    return String.format(Locale.ROOT, "0x%04x:0x%04x", id.vendor(), id.device());
  }

  /** An NVIDIA vGPU profile of the host's GPUs. */
  String vgpuProfile(SplittableRandom r) {
    return VmxLines.pick(r, T4_PROFILES);
  }

  /** A physical function for an SR-IOV passthrough adapter. */
  PciAddress physicalFunction(SplittableRandom r) {
    return physicalFunctions.isEmpty() ? PciAddress.of(0, 16 + r.nextInt(100), 0, r.nextInt(2))
        : physicalFunctions.get(r.nextInt(physicalFunctions.size())).address();
  }

  /** {@code 00000:101:00.0}: an address as ESXi 6.5 and later write {@code pciPassthruN.id}, every field decimal. */
  static String decimal(PciAddress a) {
    return String.format(Locale.ROOT, "%05d:%03d:%02d.%d", a.segment(), a.bus(), a.device(), a.function());
  }
}
