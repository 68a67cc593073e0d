package dev.vmdp.dsl;

import dev.vmdp.io.Edited;
import dev.vmdp.io.passthrumap.PassthruMapBinding;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxWriteOptions;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.MapFix;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.VmFix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one fix loop: resolves a fix against the file it addresses (the binding's edit, without
 * keeping it), applies it, and applies every fix a check offers until none is left. The CLI's
 * {@code check --fix}, the console's {@code /fix} and {@link Workspace#applyAll()} all run here.
 */
final class Fixer {
  /** Rounds of "check, apply what it offers" before the loop gives up on fixes that keep coming. */
  private static final int MAX_ROUNDS = 20;

  private final VmFiles vms;
  private final HostInputs host;
  private final Function<VmFiles.Vm, VmxWriteOptions> options;

  Fixer(VmFiles vms, HostInputs host, Function<VmFiles.Vm, VmxWriteOptions> options) {
    this.vms = vms;
    this.host = host;
    this.options = options;
  }

  /** An edit made by a fix, before it is kept. */
  private final class Change {
    final VmFiles.Vm vm;
    final VmxDocument vmDoc;
    final PassthruMapDocument mapDoc;
    final Fix resolved;

    Change(VmFiles.Vm vm, VmxDocument vmDoc, PassthruMapDocument mapDoc, Fix resolved) {
      this.vm = vm;
      this.vmDoc = vmDoc;
      this.mapDoc = mapDoc;
      this.resolved = resolved;
    }

    /** True when the binding wrote nothing: the file already says what the fix wants. */
    boolean unchanged() {
      return vm != null ? vmDoc == vm.file.current() : mapDoc == host.mapFile().current();
    }
  }

  /** The fix with the edits its file's binding would make; unchanged when its file is not open. */
  Fix resolve(Fix fix) {
    Change c = change(fix, false);
    return c == null ? fix : c.resolved;
  }

  /** The report with every fix resolved. */
  Report resolve(Report report) {
    List<Finding> out = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      if (f.fixes().isEmpty()) {
        out.add(f);
        continue;
      }
      List<Fix> fixes = new ArrayList<>();
      f.fixes().forEach(x -> fixes.add(resolve(x)));
      out.add(Finding.builder().from(f).fixes(fixes).build());
    }
    return new Report(out, report.assumptions());
  }

  /**
   * Applies a fix to its file's document.
   *
   * @return the resolved fix
   * @throws VmdpException when the fix's file is not open
   */
  Fix apply(Fix fix) {
    Change c = change(fix, true);
    keep(c);
    return c.resolved;
  }

  private void keep(Change c) {
    if (c.vm != null) {
      c.vm.setCurrent(c.vmDoc);
    } else {
      host.mapFile().setCurrent(c.mapDoc);
    }
  }

  private Change change(Fix fix, boolean required) {
    if (fix instanceof VmFix v) {
      VmFiles.Vm target = target(v, required);
      if (target == null) {
        return null;
      }
      VirtualMachine before = target.vm();
      Edited<VmxDocument> r = VmxBinding.edit(target.file.current(), before, v.applyTo(before),
          options.apply(target));
      return new Change(target, r.document(), null, v.withEdits(r.edits()));
    }
    MapFix m = (MapFix) fix;
    OpenFile<PassthruMapDocument> map = host.mapFile();
    if (map == null || m.file().filter(f -> !f.equals(map.name())).isPresent()) {
      if (required) {
        throw new VmdpException("fix '" + m.summary() + "' edits " + m.file().orElse("the passthru.map")
            + ", which is not open (give the host's passthru.map: --map FILE)");
      }
      return null;
    }
    PassthruMapDocument doc = map.current();
    PassthruMap before = PassthruMapBinding.read(doc);
    Edited<PassthruMapDocument> r = PassthruMapBinding.edit(doc, before, m.applyTo(before));
    return new Change(null, null, r.document(), m.withEdits(r.edits()));
  }

  private VmFiles.Vm target(VmFix fix, boolean required) {
    if (fix.file().isPresent()) {
      VmFiles.Vm vm = vms.byFile(fix.file().get());
      if (vm == null && required) {
        throw new VmdpException("fix '" + fix.summary() + "' edits " + fix.file().get() + ", which is not open");
      }
      return vm;
    }
    try {
      return vms.find(fix.vmName());
    } catch (VmdpException e) {
      if (required) {
        throw e;
      }
      return null;
    }
  }

  /**
   * Applies every selected fix the checks offer: each round checks, then applies the fixes of
   * files not yet edited in that round (a later fix of an edited file is offered again, checked
   * against the new document); a fix whose edit was made before, or that edits nothing, is not
   * applied again. Stops when a round applies nothing.
   *
   * @param check runs a check of the workspace as it is now
   * @param which the findings whose fixes to apply
   * @param beforeEach called with each fix, resolved, before it is applied (for undo)
   * @return the fixes applied, in order
   */
  List<AppliedFix> applyAll(Supplier<Report> check, Predicate<Finding> which, Consumer<Fix> beforeEach) {
    List<AppliedFix> applied = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Set<String> touched = new HashSet<>();
      int before = applied.size();
      for (Finding f : check.get().findings()) {
        if (!which.test(f)) {
          continue;
        }
        for (Fix fix : f.fixes()) {
          Change c = change(fix, false);
          if (c == null || c.unchanged()) {
            continue;
          }
          String file = c.vm != null ? c.vm.file.name() : host.mapFile().name();
          if (touched.contains(file) || !done.add(file + "\u0000" + c.resolved.description())) {
            continue;
          }
          beforeEach.accept(c.resolved);
          keep(c);
          applied.add(new AppliedFix(f, c.resolved));
          touched.add(file);
        }
      }
      if (applied.size() == before) {
        break;
      }
    }
    return applied;
  }
}
