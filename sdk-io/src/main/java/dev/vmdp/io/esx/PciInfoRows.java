package dev.vmdp.io.esx;

import dev.vmdp.io.esx.internal.PciInfoTable;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model binding of the VMkernel's PCI table, shared by {@link LspciPciInfo} and
 * {@link Esx4Lspci}: each row is a function (ids, subsystem, driver, VMkernel name; no class, no
 * capabilities) and a host report of its current owner.
 */
final class PciInfoRows {
  private final String fileName;
  private final List<PciFunction> functions;
  private final Map<PciAddress, HostDeviceReport> reports;
  private final Map<PciAddress, Integer> lines;

  PciInfoRows(String fileName, PciInfoTable.Table table) {
    this.fileName = fileName;
    List<PciFunction> fns = new ArrayList<>();
    Map<PciAddress, HostDeviceReport> reps = new LinkedHashMap<>();
    Map<PciAddress, Integer> at = new LinkedHashMap<>();
    for (PciInfoTable.Row r : table.rows()) {
      PciFunction.Builder f = PciFunction.builder().address(r.address()).id(r.id()).subsystem(r.subsystem());
      if (r.module() != null) {
        f.driver(r.module());
      }
      if (r.name() != null) {
        f.vmkernelName(r.name());
      }
      fns.add(f.build());
      HostDeviceReport.Builder rep = HostDeviceReport.builder().address(r.address())
          .currentOwner(r.passthrough() ? Owner.PASSTHRU : Owner.VMKERNEL);
      if (r.name() != null) {
        rep.vmkernelName(r.name());
      }
      reps.put(r.address(), rep.build());
      at.put(r.address(), r.line());
    }
    this.functions = List.copyOf(fns);
    this.reports = java.util.Collections.unmodifiableMap(reps);
    this.lines = Map.copyOf(at);
  }

  List<PciFunction> functions() {
    return functions;
  }

  Map<PciAddress, HostDeviceReport> reports() {
    return reports;
  }

  Optional<SourceRef> sourceOf(PciAddress address) {
    Integer line = lines.get(address);
    return line == null ? Optional.empty() : Optional.of(SourceRef.of(fileName, line));
  }
}
