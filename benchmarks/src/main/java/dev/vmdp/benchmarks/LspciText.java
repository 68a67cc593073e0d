package dev.vmdp.benchmarks;

import dev.vmdp.model.pci.Acs;
import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.model.pci.Sriov;
import java.util.Locale;

/** Renders a generated function as one {@code lspci -nnvvv} record (with {@code -D} addresses off segment 0). */
final class LspciText {
  private LspciText() {}

  static void append(StringBuilder sb, PciFunction f) {
    PciAddress a = f.address();
    if (a.segment() != 0) {
      sb.append(String.format(Locale.ROOT, "%04x:", a.segment()));
    }
    int cc = f.classCode().orElseThrow().value16();
    sb.append(String.format(Locale.ROOT, "%02x:%02x.%d %s [%04x]: %s [%04x:%04x]", a.bus(), a.device(), a.function(),
        className(cc), cc, f.name().orElse("Device"), f.id().orElseThrow().vendor(), f.id().orElseThrow().device()));
    f.revision().ifPresent(r -> sb.append(String.format(Locale.ROOT, " (rev %02x)", r)));
    sb.append('\n');
    f.subsystem().ifPresent(s ->
        sb.append(String.format(Locale.ROOT, "\tSubsystem: Device [%04x:%04x]%n", s.vendor(), s.device())));
    boolean vf = f.sriov().map(s -> s.role() == Sriov.Role.VF).orElse(false);
    sb.append("\tControl: I/O- Mem").append(vf ? '-' : '+').append(" BusMaster").append(vf ? '-' : '+')
        .append(" SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+\n");
    sb.append("\tStatus: Cap+ 66MHz- UDF- FastB2B- ParErr- DEVSEL=fast >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-\n");
    if (!vf) {
      sb.append("\tLatency: 0, Cache Line Size: 64 bytes\n");
      sb.append("\tInterrupt: pin A routed to IRQ ").append(16 + (a.bus() + a.device()) % 100).append('\n');
    }
    sb.append("\tNUMA node: ").append(a.bus() < 0x80 ? 0 : 1).append('\n');
    if (f.bridge().isPresent()) {
      BusRange b = f.bridge().get();
      sb.append(String.format(Locale.ROOT, "\tBus: primary=%02x, secondary=%02x, subordinate=%02x, sec-latency=0%n",
          b.primary(), b.secondary(), b.subordinate()));
      sb.append("\tI/O behind bridge: 0000f000-00000fff [disabled]\n");
      sb.append(String.format(Locale.ROOT, "\tMemory behind bridge: %08x-%08x [size=16M]%n",
          0x90000000L + (b.secondary() << 24), 0x90ffffffL + (b.secondary() << 24)));
    } else {
      long base = 0xc000000000L + ((long) a.segment() << 32) + ((long) a.bus() << 24) + (a.device() << 19) + (a.function() << 16);
      sb.append(String.format(Locale.ROOT, "\tRegion 0: %sMemory at %x (64-bit, prefetchable) [size=%s]%n",
          vf ? "[virtual] " : "", base, vf ? "64K" : "16M"));
    }
    sb.append("\tCapabilities: [40] Power Management version 3\n");
    sb.append("\t\tFlags: PMEClk- DSI- D1- D2- AuxCurrent=0mA PME(D0+,D1-,D2-,D3hot+,D3cold+)\n");
    sb.append("\t\tStatus: D0 NoSoftRst").append(f.noSoftReset().orElse(false) ? '+' : '-')
        .append(" PME-Enable- DSel=0 DScale=0 PME-\n");
    PortType pt = f.portType().orElse(PortType.ENDPOINT);
    sb.append("\tCapabilities: [60] Express (v2) ").append(pt.lspciName());
    if (pt == PortType.ROOT_PORT || pt == PortType.DOWNSTREAM_PORT) {
      sb.append(" (Slot+)");
    }
    sb.append(", MSI 00\n");
    sb.append("\t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0, Latency L0s <512ns, L1 <64us\n");
    sb.append("\t\t\tExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset").append(f.flr().orElse(false) ? '+' : '-')
        .append(" SlotPowerLimit 0W\n");
    sb.append("\t\tDevCtl:\tCorrErr- NonFatalErr+ FatalErr+ UnsupReq+\n");
    sb.append("\t\t\tRlxdOrd+ ExtTag+ PhantFunc- AuxPwr- NoSnoop+ FLReset-\n");
    sb.append("\t\t\tMaxPayload 256 bytes, MaxReadReq 512 bytes\n");
    sb.append("\t\tLnkCap:\tPort #0, Speed 8GT/s, Width x16, ASPM L0s L1, Exit Latency L0s <1us, L1 <4us\n");
    sb.append("\t\tLnkSta:\tSpeed 8GT/s, Width x16\n");
    if (f.acs().isPresent()) {
      Acs acs = f.acs().get();
      String flags = acsFlags(acs);
      sb.append("\tCapabilities: [110 v1] Access Control Services\n");
      sb.append("\t\tACSCap:\tSrcValid+ TransBlk- ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl- DirectTrans-\n");
      sb.append("\t\tACSCtl:\t").append(flags).append('\n');
    }
    if (f.sriov().isPresent() && f.sriov().get().role() == Sriov.Role.PF) {
      Sriov s = f.sriov().get();
      int numVfs = s.numVfs().orElse(0);
      int offset = 16 + a.function() * numVfs - a.function();
      sb.append("\tCapabilities: [160 v1] Single Root I/O Virtualization (SR-IOV)\n");
      sb.append("\t\tIOVCap:\tMigration-, Interrupt Message Number: 000\n");
      sb.append("\t\tIOVCtl:\tEnable+ Migration- Interrupt- MSE+ ARIHierarchy+\n");
      sb.append("\t\tIOVSta:\tMigration-\n");
      sb.append(String.format(Locale.ROOT,
          "\t\tInitial VFs: %d, Total VFs: %d, Number of VFs: %d, Function Dependency Link: %02x%n",
          s.totalVfs().orElse(0), s.totalVfs().orElse(0), numVfs, a.function()));
      sb.append(String.format(Locale.ROOT, "\t\tVF offset: %d, stride: 1, Device ID: %04x%n", offset,
          f.id().orElseThrow().device() == 0x1572 ? 0x154c : 0x1018));
      sb.append("\t\tSupported Page Size: 00000553, System Page Size: 00000001\n");
    }
    f.driver().ifPresent(d ->
        sb.append("\tKernel driver in use: ").append(d).append("\n\tKernel modules: ").append(d).append('\n'));
    sb.append('\n');
  }

  private static String acsFlags(Acs acs) {
    char v = acs.sourceValidation().orElse(false) ? '+' : '-';
    return "SrcValid" + v + " TransBlk- ReqRedir" + v + " CmpltRedir" + v + " UpstreamFwd" + v
        + " EgressCtrl- DirectTrans-";
  }

  private static String className(int cc) {
    return switch (cc) {
      case 0x0600 -> "Host bridge";
      case 0x0604 -> "PCI bridge";
      case 0x0300 -> "VGA compatible controller";
      case 0x0302 -> "3D controller";
      case 0x0403 -> "Audio device";
      case 0x0200 -> "Ethernet controller";
      case 0x0c04 -> "Fibre Channel";
      case 0x0108 -> "Non-Volatile memory controller";
      default -> "Class " + Integer.toHexString(cc);
    };
  }
}
