package dev.vmdp.dsl;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.PciSlotNumber;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Describes a VM: guest, virtual hardware, memory and reservation, hot add, virtual devices and
 * passthrough entries taken from a host's functions (so ids and the host's UUID are right).
 *
 * <pre>{@code
 * VirtualMachine vm = vm("RHEL3").guest("rhel3").hardwareVersion(7).memoryMb(512)
 *     .reserveAllMemory()
 *     .on(esx)
 *     .passthrough(esx.device("0000:03:00.0"))
 *     .passthrough(esx.device("0000:02:00.0"), p -> p.msiEnabled(false))
 *     .build();
 * }</pre>
 *
 * <p>A VM of virtual hardware 7 or later gets the pciBridge block the VI client writes
 * ({@code pciBridge0} and {@code pciBridge4..7} as PCIe root ports with 8 functions) unless
 * {@link #withoutPciBridges()} says otherwise. Passthrough entries get the next free slot behind
 * those root ports (160, 192, 224, 256, then function 1: 1184...) unless a slot is given, and an id
 * written in the form of the host's version ({@code 03:00.0} for ESX 4.x and when the version is
 * unknown, {@code 00000:003:00.0} later). Besides fixed DirectPath devices, {@link #vgpu(String)},
 * {@link #dynamic(String...)} and {@link #sriov(PciFunction, String)} add the other kinds of entry.
 *
 * <pre>{@code
 * VirtualMachine ml = vm("ml01").hardwareVersion(21).firmware("efi").memoryMb(65536).reserveAllMemory()
 *     .on(esx8)
 *     .vgpu("grid_t4-4q")
 *     .sriov(esx8.device("0000:1a:00.1"), "VM Network")
 *     .build();
 * }</pre>
 */
public final class VmBuilder {
  private final VirtualMachine.Builder b;
  private final List<PassthroughDevice.Builder> passthrough = new ArrayList<>();
  private final List<PciFunction> passthroughFunctions = new ArrayList<>();
  /** vCenter numbers SR-IOV passthrough adapters down from {@code pciPassthru31} (DOMAIN.md 5.5). */
  private static final int SRIOV_FIRST_INDEX = 31;
  private int sriovCount;
  private Host host;
  private boolean reserveAll;
  private boolean bridges = true;
  private long memoryMb = -1;
  private int hardwareVersion = -1;

  VmBuilder(String name) {
    b = VirtualMachine.builder().name(Objects.requireNonNull(name, "name")).displayName(name);
  }

  /**
   * Sets {@code guestOS}.
   *
   * @param guest e.g. {@code "rhel3"}, {@code "winNetEnterprise"}, {@code "longhorn-64"}
   * @return this builder
   */
  public VmBuilder guest(String guest) {
    b.guestOs(guest);
    return this;
  }

  /**
   * Sets {@code virtualHW.version}.
   *
   * @param version e.g. 7
   * @return this builder
   */
  public VmBuilder hardwareVersion(int version) {
    hardwareVersion = version;
    b.hardwareVersion(version);
    return this;
  }

  /**
   * Sets {@code memsize}.
   *
   * @param megabytes memory in MB
   * @return this builder
   */
  public VmBuilder memoryMb(long megabytes) {
    memoryMb = megabytes;
    b.memoryMb(megabytes);
    return this;
  }

  /**
   * Sets the memory reservation ({@code sched.mem.min}).
   *
   * @param megabytes reservation in MB
   * @return this builder
   */
  public VmBuilder reservationMb(long megabytes) {
    b.memoryReservationMb(megabytes);
    return this;
  }

  /** Reserves all guest memory, as passthrough needs. */
  public VmBuilder reserveAllMemory() {
    reserveAll = true;
    return this;
  }

  /**
   * Sets {@code firmware}.
   *
   * @param firmware {@code "bios"} or {@code "efi"}
   * @return this builder
   */
  public VmBuilder firmware(String firmware) {
    b.firmware(firmware);
    return this;
  }

  /**
   * Sets {@code mem.hotadd}.
   *
   * @param enabled the value
   * @return this builder
   */
  public VmBuilder memoryHotAdd(boolean enabled) {
    b.memoryHotAdd(enabled);
    return this;
  }

  /**
   * Sets {@code vcpu.hotadd}.
   *
   * @param enabled the value
   * @return this builder
   */
  public VmBuilder cpuHotAdd(boolean enabled) {
    b.cpuHotAdd(enabled);
    return this;
  }

  /** Sets {@code pciPassthru.use64bitMMIO = "TRUE"}, for devices with large BARs. */
  public VmBuilder use64bitMmio() {
    b.use64bitMmio(true);
    return this;
  }

  /**
   * Adds a virtual device such as a NIC.
   *
   * @param keyPrefix e.g. {@code "ethernet0"}
   * @param virtualDev e.g. {@code "vmxnet3"}
   * @return this builder
   */
  public VmBuilder virtualDevice(String keyPrefix, String virtualDev) {
    b.addVirtualDevice(VirtualDevice.builder().keyPrefix(keyPrefix).present(true).virtualDev(virtualDev).build());
    return this;
  }

  /** Leaves the pciBridge block out (to describe a VM as a hand-edited file has it). */
  public VmBuilder withoutPciBridges() {
    bridges = false;
    return this;
  }

  /**
   * The host the VM runs on: its UUID becomes each entry's {@code systemId}, its version decides
   * the id form, and {@link #passthrough(String)} looks functions up there.
   *
   * @param host the host
   * @return this builder
   */
  public VmBuilder on(Host host) {
    this.host = Objects.requireNonNull(host, "host");
    return this;
  }

  /**
   * Passes a host function through.
   *
   * @param function the function, e.g. {@code esx.device("0000:03:00.0")}
   * @return this builder
   */
  public VmBuilder passthrough(PciFunction function) {
    return passthrough(function, p -> { });
  }

  /**
   * Passes a function of the host given with {@link #on(Host)} through.
   *
   * @param address the function's address
   * @return this builder
   * @throws VmdpException when no host was given or the host has no such function
   */
  public VmBuilder passthrough(String address) {
    if (host == null) {
      throw new VmdpException("passthrough(\"" + address + "\") needs the host: call on(host) first");
    }
    return passthrough(host.device(PciAddress.parse(address)));
  }

  /**
   * Passes a host function through with options.
   *
   * @param function the function
   * @param options e.g. {@code p -> p.msiEnabled(false)}
   * @return this builder
   */
  public VmBuilder passthrough(PciFunction function, Consumer<PassthroughBuilder> options) {
    PassthroughDevice.Builder d = PassthroughDevice.builder().index(nextIndex()).present(true);
    function.id().ifPresent(id -> d.vendorId(id.vendor()).deviceId(id.device()));
    options.accept(new PassthroughBuilder(d));
    passthrough.add(d);
    passthroughFunctions.add(function);
    return this;
  }

  /**
   * Adds an NVIDIA vGPU entry: {@code pciPassthruN.vgpu} names the profile; it has no id, vendorId,
   * deviceId or systemId (the host's vGPU manager picks a GPU). A vGPU VM needs all its memory
   * reserved too ({@link #reserveAllMemory()}).
   *
   * @param profile e.g. {@code "grid_t4-4q"}
   * @return this builder
   */
  public VmBuilder vgpu(String profile) {
    return vgpu(profile, p -> { });
  }

  /**
   * Adds an NVIDIA vGPU entry with options, such as plug-in parameters.
   *
   * @param profile e.g. {@code "grid_a100-40c"}
   * @param options e.g. {@code p -> p.pluginParameter("enable_uvm", "1")}
   * @return this builder
   */
  public VmBuilder vgpu(String profile, Consumer<PassthroughBuilder> options) {
    PassthroughDevice.Builder d = PassthroughDevice.builder().index(nextIndex()).present(true)
        .vgpuProfile(Objects.requireNonNull(profile, "profile"));
    options.accept(new PassthroughBuilder(d));
    passthrough.add(d);
    passthroughFunctions.add(null);
    return this;
  }

  /**
   * Adds a Dynamic DirectPath entry (virtual hardware 17+): the host picks any function with one of
   * these ids that is enabled for passthrough at power-on.
   *
   * @param ids the allowed vendor:device pairs, e.g. {@code "10de:20f1"}
   * @return this builder
   */
  public VmBuilder dynamic(String... ids) {
    PassthroughDevice.Builder d = PassthroughDevice.builder().index(nextIndex()).present(true);
    new PassthroughBuilder(d).allowedDevices(ids);
    passthrough.add(d);
    passthroughFunctions.add(null);
    return this;
  }

  /**
   * Adds an SR-IOV passthrough network adapter on a physical function, as vCenter writes it: numbered
   * down from {@code pciPassthru31}, {@code pfId} and {@code id} the PF's address,
   * {@code systemId = "BYPASS"}, {@code vendorId} and {@code deviceId} 0 (the virtual function is
   * chosen at power-on), a generated MAC address on the given network.
   *
   * @param pf the physical function, e.g. {@code esx.device("0000:1a:00.1")}
   * @param network the port group ({@code networkName}), e.g. {@code "VM Network"}
   * @return this builder
   */
  public VmBuilder sriov(PciFunction pf, String network) {
    Objects.requireNonNull(pf, "pf");
    int index = SRIOV_FIRST_INDEX - sriovCount++;
    PassthroughDevice.Builder d = PassthroughDevice.builder().index(index).present(true)
        .systemId(PassthroughDevice.BYPASS).vendorId(0).deviceId(0)
        .networkName(Objects.requireNonNull(network, "network")).addressType("generated");
    passthrough.add(d);
    passthroughFunctions.add(pf);
    return this;
  }

  /** The next index counting up from 0, past the entries given so far (SR-IOV adapters count down from 31). */
  private int nextIndex() {
    return passthrough.size() - sriovCount;
  }

  /** The VM. */
  public VirtualMachine build() {
    if (reserveAll) {
      if (memoryMb < 0) {
        throw new VmdpException("reserveAllMemory() needs memoryMb(...)");
      }
      b.memoryReservationMb(memoryMb);
    }
    if (bridges && hardwareVersion >= 7) {
      b.addPciBridge(PciBridge.builder().index(0).present(true).build());
      for (int i = 4; i <= 7; i++) {
        b.addPciBridge(PciBridge.builder().index(i).present(true).virtualDev("pcieRootPort").functions(8).build());
      }
    }
    Set<Integer> used = new HashSet<>();
    List<PassthroughDevice> built = new ArrayList<>();
    for (int i = 0; i < passthrough.size(); i++) {
      PassthroughDevice partial = passthrough.get(i).build();
      PassthroughDevice.Builder d = PassthroughDevice.builder().from(partial);
      PciFunction function = passthroughFunctions.get(i);
      if (function == null) {
        // A vGPU or Dynamic DirectPath entry names no host function and no host.
        built.add(d.build());
        continue;
      }
      if (partial.id().isEmpty()) {
        d.id(idFor(function.address()));
      }
      if (partial.kind() == PassthroughKind.SRIOV && partial.pfId().isEmpty()) {
        d.pfId(function.address().toVmxLongForm());
      }
      if (partial.systemId().isEmpty() && host != null) {
        host.systemUuid().ifPresent(d::systemId);
      }
      if (partial.pciSlotNumber().isPresent()) {
        used.add(partial.pciSlotNumber().getAsInt());
      }
      built.add(d.build());
    }
    for (int i = 0; i < built.size(); i++) {
      if (built.get(i).pciSlotNumber().isEmpty() && bridges && hardwareVersion >= 7 && built.get(i).isFixed()) {
        int slot = nextFreeSlot(used);
        used.add(slot);
        built.set(i, PassthroughDevice.builder().from(built.get(i)).pciSlotNumber(slot).build());
      }
    }
    built.sort(java.util.Comparator.comparingInt(PassthroughDevice::index));
    b.passthroughDevices(built);
    return b.build();
  }

  private String idFor(PciAddress address) {
    boolean esx4 = host == null || host.version().map(v -> v.isBefore(EsxVersion.ESX_5_0)).orElse(true);
    return esx4 ? address.toVmxShortForm() : address.toVmxLongForm();
  }

  private static int nextFreeSlot(Set<Integer> used) {
    for (int function = 0; function < 8; function++) {
      for (int bridge = 4; bridge <= 7; bridge++) {
        int slot = PciSlotNumber.behindBridge(bridge, function, 0).value();
        if (!used.contains(slot)) {
          return slot;
        }
      }
    }
    throw new VmdpException("no free PCIe slot behind pciBridge4..7 (32 used)");
  }
}
