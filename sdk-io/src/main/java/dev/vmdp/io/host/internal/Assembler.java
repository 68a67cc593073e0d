package dev.vmdp.io.host.internal;

import dev.vmdp.io.ReadNote;
import dev.vmdp.io.esx.Esx4Lspci;
import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.EsxcliPcipassthruList;
import dev.vmdp.io.esx.LspciPciInfo;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.lspci.LspciView;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes one {@link Host} of every view of one machine, by the precedence of DESIGN.md ("Every
 * format the same way"):
 *
 * <ul>
 *   <li>capabilities (port type, FLR, NoSoftRst, ACS, SR-IOV, BARs) and bridges' bus ranges: lspci,
 *       the views combined, the first file first; the ESXi views ({@code esxcli hardware pci list},
 *       {@code lspci -p}, ESX 4's lspci) fill in what no lspci shows (ids, class, names, VMkernel
 *       names, drivers, the bus ranges esxcli's {@code Parent Device} implies) and add the
 *       functions lspci does not list;
 *   <li>owners, reset methods, shareability, parents and passthrough capability: the host's own
 *       words, {@code esxcli hardware pci list} first, then {@code esxcli hardware pci pcipassthru
 *       list} (capable, configured owner), then {@code lspci -p} (current owner); esx.conf's owner
 *       is the configured one where no esxcli output says it (it completes a current owner that
 *       {@code lspci -p} shows, so a change waiting for a reboot is seen, VMDP105); where only
 *       {@code lspci -p} speaks, its current owner is taken as the configured one too, and a note
 *       says so;
 *   <li>the first module list, esx.conf and version output count; a later one is noted, not used.
 * </ul>
 *
 * Where two views disagree on a fact, the one that wins is used and a note at the other says so
 * ({@code pci.txt:40: 0000:03:00.0: esx.conf says the configured owner is passthru, esxcli hardware
 * pci list says VMkernel; esxcli hardware pci list is used}).
 */
public final class Assembler {
  private Assembler() {}

  /**
   * The host and what the assembly noted.
   *
   * @param host the host
   * @param notes the readers' notes and the contradictions between views, in file order
   */
  public record Result(Host host, List<ReadNote> notes) {}

  /**
   * Assembles a host.
   *
   * @param name the host's name
   * @param v the views
   * @param map the passthru.map as it is now, or null when none was given
   * @param mapFile the map's file as named, or null
   * @return the host and the notes
   */
  public static Result assemble(String name, HostViews v, PassthruMap map, String mapFile) {
    List<ReadNote> notes = new ArrayList<>();
    Host.Builder b = Host.builder().name(name);
    Map<PciAddress, PciFunction> functions = functions(v, notes);
    Map<PciAddress, Draft> drafts = new LinkedHashMap<>();
    for (EsxcliPciList list : v.esxcli()) {
      for (HostDeviceReport r : list.reports().values()) {
        draft(drafts, r.address()).from(r, "esxcli hardware pci list", list.sourceOf(r.address()).orElse(null), notes);
      }
    }
    for (EsxcliPcipassthruList list : v.pcipassthru()) {
      for (HostDeviceReport r : list.reports().values()) {
        draft(drafts, r.address()).from(r, "esxcli hardware pci pcipassthru list", list.sourceOf(r.address()).orElse(null),
            notes);
      }
    }
    for (LspciPciInfo p : v.pciInfo()) {
      for (HostDeviceReport r : p.reports().values()) {
        draft(drafts, r.address()).from(r, "lspci -p", p.sourceOf(r.address()).orElse(null), notes);
      }
    }
    for (Esx4Lspci p : v.esx4()) {
      for (HostDeviceReport r : p.reports().values()) {
        draft(drafts, r.address()).from(r, "ESX 4 lspci", p.sourceOf(r.address()).orElse(null), notes);
      }
    }
    EsxConf conf = first(v.esxConfs(), "esx.conf", EsxConf::fileName, notes);
    if (conf != null) {
      conf.applyTo(b);
      notes.addAll(conf.notes());
      for (Map.Entry<PciAddress, Owner> o : conf.owners().entrySet()) {
        Draft d = drafts.get(o.getKey());
        if (d != null) {
          d.configuredFromEsxConf(o.getValue(), conf.ownerSource(o.getKey()).orElse(SourceRef.of(conf.fileName(), 1)),
              notes);
        }
      }
    }
    takeCurrentAsConfigured(drafts, notes);
    drafts.values().forEach(d -> b.putDeviceReport(d.address, d.build()));
    b.topology(PciTopology.of(functions.values()));
    ModuleList modules = first(v.modules(), "module list", ModuleList::fileName, notes);
    if (modules != null) {
      notes.addAll(modules.notes());
      b.loadedModules(new LinkedHashSet<>(modules.names()));
      b.putSource("loadedModules", SourceRef.of(modules.fileName(), 1));
    }
    if (map != null) {
      b.passthruMap(map);
      if (mapFile != null) {
        b.putSource("passthruMap", SourceRef.of(mapFile, 1));
      }
    }
    VersionOutput version = first(v.versions(), "version output", o -> o.source().file(), notes);
    if (version != null) {
      b.version(version.version());
      b.putSource("version", version.source());
    }
    return new Result(b.build(), List.copyOf(notes));
  }

  /** The functions of every view, merged: lspci's first, the ESXi views filling in. */
  private static Map<PciAddress, PciFunction> functions(HostViews v, List<ReadNote> notes) {
    Map<PciAddress, PciFunction> out = new LinkedHashMap<>();
    Map<PciAddress, SourceRef> from = new LinkedHashMap<>();
    LspciView combined = null;
    for (LspciView view : v.lspci()) {
      combined = combined == null ? view : combined.combine(view);
    }
    if (combined != null) {
      notes.addAll(combined.notes());
      for (PciFunction f : combined.functions()) {
        out.put(f.address(), f);
        from.put(f.address(), combined.sourceOf(f.address()).orElse(SourceRef.of(combined.fileName(), 1)));
      }
    }
    for (EsxcliPciList list : v.esxcli()) {
      notes.addAll(list.notes());
      fill(out, from, list.functions(), "esxcli hardware pci list", a -> list.sourceOf(a), notes);
    }
    for (LspciPciInfo p : v.pciInfo()) {
      notes.addAll(p.notes());
      fill(out, from, p.functions(), "lspci -p", p::sourceOf, notes);
    }
    for (Esx4Lspci p : v.esx4()) {
      notes.addAll(p.notes());
      fill(out, from, p.functions(), "ESX 4 lspci", p::sourceOf, notes);
    }
    for (EsxcliPcipassthruList p : v.pcipassthru()) {
      notes.addAll(p.notes());
    }
    return out;
  }

  private static void fill(Map<PciAddress, PciFunction> out, Map<PciAddress, SourceRef> from, List<PciFunction> fns,
      String what, Function<PciAddress, Optional<SourceRef>> where, List<ReadNote> notes) {
    for (PciFunction g : fns) {
      SourceRef at = where.apply(g.address()).orElse(null);
      PciFunction f = out.get(g.address());
      if (f == null) {
        out.put(g.address(), g);
        if (at != null) {
          from.put(g.address(), at);
        }
        continue;
      }
      SourceRef base = from.get(g.address());
      differ(notes, at, f.address(), what, "ids", f.id(), g.id(), base);
      differ(notes, at, f.address(), what, "class", f.classCode().map(c -> c.withoutProgIf()),
          g.classCode().map(c -> c.withoutProgIf()), base);
      differ(notes, at, f.address(), what, "bridge buses", f.bridge(), g.bridge(), base);
      out.put(g.address(), f.completedBy(g));
    }
  }

  private static <T> void differ(List<ReadNote> notes, SourceRef at, PciAddress a, String what, String fact,
      Optional<T> kept, Optional<T> other, SourceRef keptAt) {
    if (kept.isPresent() && other.isPresent() && !kept.get().equals(other.get()) && at != null) {
      notes.add(new ReadNote(at, a + ": " + what + " shows " + fact + " " + other.get() + ", "
          + (keptAt == null ? "another view" : keptAt.toString()) + " " + kept.get() + "; the latter is used"));
    }
  }

  private static Draft draft(Map<PciAddress, Draft> drafts, PciAddress a) {
    return drafts.computeIfAbsent(a, Draft::new);
  }

  private static <T> T first(List<T> all, String what, Function<T, String> file, List<ReadNote> notes) {
    if (all.isEmpty()) {
      return null;
    }
    for (T later : all.subList(1, all.size())) {
      notes.add(new ReadNote(SourceRef.of(file.apply(later), 1), "a second " + what + " for the host; "
          + file.apply(all.get(0)) + " is used"));
    }
    return all.get(0);
  }

  /** Where only lspci -p (or ESX 4's lspci) speaks of a function, its current owner is taken as configured. */
  private static void takeCurrentAsConfigured(Map<PciAddress, Draft> drafts, List<ReadNote> notes) {
    Map<String, SourceRef> files = new LinkedHashMap<>();
    for (Draft d : drafts.values()) {
      if (d.configured == null && d.current != null && d.currentAt != null) {
        d.configured = d.current;
        d.configuredFrom = d.currentFrom;
        files.putIfAbsent(d.currentAt.file(), SourceRef.of(d.currentAt.file(), 1));
      }
    }
    for (SourceRef at : files.values()) {
      notes.add(new ReadNote(at, "lspci -p shows who has each function now, not how passthrough is configured: its "
          + "current owners are taken as the configured ones too (give esxcli hardware pci list or esx.conf to see a "
          + "change that waits for a reboot)"));
    }
  }

  /** What the host's views say of one function, with which view said each fact. */
  private static final class Draft {
    final PciAddress address;
    final HostDeviceReport.Builder rest = HostDeviceReport.builder();
    Boolean capable;
    String capableFrom;
    Owner configured;
    String configuredFrom;
    Owner current;
    String currentFrom;
    SourceRef currentAt;
    String vmkernelName;
    boolean topologyTaken;

    Draft(PciAddress address) {
      this.address = address;
      rest.address(address);
    }

    void from(HostDeviceReport r, String what, SourceRef at, List<ReadNote> notes) {
      if (!topologyTaken && (r.parent().isPresent() || r.resetMethod().isPresent() || r.fptShareable().isPresent()
          || r.dependentDevice().isPresent())) {
        r.parent().ifPresent(rest::parent);
        r.dependentDevice().ifPresent(rest::dependentDevice);
        r.resetMethod().ifPresent(rest::resetMethod);
        r.fptShareable().ifPresent(rest::fptShareable);
        topologyTaken = true;
      }
      if (r.passthruCapable().isPresent()) {
        if (capable == null) {
          capable = r.passthruCapable().get();
          capableFrom = what;
        } else if (!capable.equals(r.passthruCapable().get()) && at != null) {
          notes.add(new ReadNote(at, address + ": " + what + " says passthrough capable " + r.passthruCapable().get()
              + ", " + capableFrom + " says " + capable + "; " + capableFrom + " is used"));
        }
      }
      if (r.configuredOwner().isPresent()) {
        Owner o = r.configuredOwner().get();
        if (configured == null) {
          configured = o;
          configuredFrom = what;
        } else if (configured != o && at != null) {
          notes.add(new ReadNote(at, address + ": " + what + " says the configured owner is " + o.esxcliText() + ", "
              + configuredFrom + " says " + configured.esxcliText() + "; " + configuredFrom + " is used"));
        }
      }
      if (r.currentOwner().isPresent()) {
        Owner o = r.currentOwner().get();
        if (current == null) {
          current = o;
          currentFrom = what;
          currentAt = what.equals("esxcli hardware pci list") ? null : at;
        } else if (current != o && at != null) {
          notes.add(new ReadNote(at, address + ": " + what + " says the current owner is " + o.esxcliText() + ", "
              + currentFrom + " says " + current.esxcliText() + "; " + currentFrom + " is used"));
        }
      }
      if (vmkernelName == null) {
        vmkernelName = r.vmkernelName().orElse(null);
      }
    }

    void configuredFromEsxConf(Owner o, SourceRef at, List<ReadNote> notes) {
      if (configured == null) {
        configured = o;
        configuredFrom = "esx.conf";
      } else if (configured != o) {
        notes.add(new ReadNote(at, address + ": esx.conf says the configured owner is " + o.esxConfToken() + ", "
            + configuredFrom + " says " + configured.esxcliText() + "; " + configuredFrom + " is used"));
      }
    }

    HostDeviceReport build() {
      if (capable != null) {
        rest.passthruCapable(capable);
      }
      if (configured != null) {
        rest.configuredOwner(configured);
      }
      if (current != null) {
        rest.currentOwner(current);
      }
      if (vmkernelName != null) {
        rest.vmkernelName(vmkernelName);
      }
      return rest.build();
    }
  }
}
