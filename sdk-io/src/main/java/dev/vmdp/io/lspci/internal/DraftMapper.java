package dev.vmdp.io.lspci.internal;

import dev.vmdp.model.pci.Acs;
import dev.vmdp.model.pci.Bar;
import dev.vmdp.model.pci.BarKind;
import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.model.pci.Sriov;
import java.util.HashSet;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Turns what a view said about a function into the model's {@link PciFunction}. */
public final class DraftMapper {
  private DraftMapper() {}

  /**
   * Builds the model value.
   *
   * @param d the draft
   * @param note receives a message for facts that could not be used
   * @return the function
   */
  public static PciFunction toModel(DraftFunction d, Consumer<String> note) {
    PciAddress address = PciAddress.of(d.segment, d.bus, d.device, d.function);
    PciFunction.Builder b = PciFunction.builder().address(address);
    if (d.vendor >= 0 && d.deviceId >= 0) {
      b.id(PciId.of(d.vendor, d.deviceId));
    }
    if (d.classCode >= 0) {
      b.classCode(d.progIf >= 0
          ? ClassCode.of(d.classCode >> 8, d.classCode & 0xff, d.progIf)
          : ClassCode.of(d.classCode >> 8, d.classCode & 0xff));
    }
    if (d.subsystemVendor >= 0 && d.subsystemDevice >= 0) {
      b.subsystem(PciId.of(d.subsystemVendor, d.subsystemDevice));
    }
    if (d.revision >= 0) {
      b.revision(d.revision);
    }
    nonBlank(d.name).or(() -> nonBlank(d.className)).ifPresent(b::name);
    nonBlank(d.vmkernelName).ifPresent(b::vmkernelName);
    nonBlank(d.driver).ifPresent(b::driver);
    if (d.capabilitiesShown) {
      if (d.expressType != null) {
        Optional<PortType> type = PortType.fromLspci(d.expressType);
        type.ifPresentOrElse(b::portType,
            () -> note.accept(address + ": unknown PCI Express port type '" + d.expressType + "'"));
      } else {
        b.portType(PortType.CONVENTIONAL);
      }
      b.acs(d.acsPresent ? acs(d.acsCtl) : Acs.notCapable());
    }
    if (d.flr != null) {
      b.flr(d.flr);
    }
    if (d.afFlr != null) {
      b.afFlr(d.afFlr);
    }
    if (d.noSoftReset != null) {
      b.noSoftReset(d.noSoftReset);
    }
    if (d.sriovPf) {
      Sriov.Builder s = Sriov.builder().from(Sriov.physicalFunction());
      if (d.totalVfs >= 0) {
        s.totalVfs(d.totalVfs);
      }
      if (d.numVfs >= 0) {
        s.numVfs(d.numVfs);
      }
      b.sriov(fact(address, "SR-IOV VF counts", s::build, note).orElse(Sriov.physicalFunction()));
    } else if (d.virtualFunction) {
      b.sriov(d.physicalFunctionRid >= 0 ? Sriov.virtualFunctionOf(fromRid(d.physicalFunctionRid)) : Sriov.virtualFunction());
    }
    Set<Integer> seen = new HashSet<>();
    for (DraftFunction.DraftBar bar : d.bars) {
      int index = bar.index == DraftFunction.DraftBar.ROM ? Bar.ROM : bar.index;
      if (bar.size < 0 || !seen.add(index)) {
        continue;
      }
      Bar.Builder built = Bar.builder()
          .index(index)
          .size(bar.size)
          .kind(bar.io ? BarKind.IO : BarKind.MEMORY)
          .sixtyFourBit(bar.bits64)
          .prefetchable(bar.prefetchable);
      fact(address, "region " + index, built::build, note).ifPresent(b::addBar);
    }
    if (d.secondaryBus >= 0 && d.subordinateBus >= d.secondaryBus) {
      b.bridge(BusRange.of(d.primaryBus >= 0 ? d.primaryBus : d.bus, d.secondaryBus, d.subordinateBus));
    } else if (d.secondaryBus >= 0) {
      note.accept(address + ": bridge bus numbers out of order (secondary " + hex2(d.secondaryBus)
          + ", subordinate " + hex2(d.subordinateBus) + "); bus range ignored");
    }
    return b.build();
  }

  /**
   * A value the model builds from what the output says, or empty with a note when the model refuses
   * it: output that contradicts itself or the PCI specification (a region 7, a size of 0, more VFs
   * enabled than the function has) loses that fact, not the function.
   */
  private static <T> Optional<T> fact(PciAddress address, String what, Supplier<T> build, Consumer<String> note) {
    try {
      return Optional.of(build.get());
    } catch (IllegalStateException | IllegalArgumentException e) {
      note.accept(address + ": " + what + " ignored: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Acs acs(String control) {
    Acs.Builder a = Acs.builder().capable(true);
    if (control != null) {
      set(control, "SrcValid", a::sourceValidation);
      set(control, "TransBlk", a::translationBlocking);
      set(control, "ReqRedir", a::requestRedirect);
      set(control, "CmpltRedir", a::completionRedirect);
      set(control, "UpstreamFwd", a::upstreamForwarding);
      set(control, "EgressCtrl", a::egressControl);
      set(control, "DirectTrans", a::directTranslated);
    }
    return a.build();
  }

  private static void set(String flags, String name, Consumer<Boolean> setter) {
    Boolean v = LspciParser.flag(flags, name);
    if (v != null) {
      setter.accept(v);
    }
  }

  private static PciAddress fromRid(long rid) {
    return PciAddress.of((int) (rid >> 16), (int) (rid >> 8) & 0xff, (int) (rid >> 3) & 0x1f, (int) rid & 7);
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static String hex2(int v) {
    return String.format(java.util.Locale.ROOT, "%02x", v);
  }
}
