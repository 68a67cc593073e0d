package dev.vmdp.rules;

import dev.vmdp.model.Edit;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A fix: a change of the model that resolves a finding, addressed to one file (a VM's .vmx, or the
 * host's passthru.map). A rule says what the fix achieves ({@link #summary()}, without naming
 * keys or lines) and how it changes the model; the file's binding turns the change into the
 * minimal edit, and the fix's text ({@link #description()}) is rendered from the lines that edit
 * wrote, so it can never name another key than the diff shows.
 *
 * <pre>{@code
 * Fix fix = Fix.forVm(vm, "reserve all 512 MB of guest memory", v -> v.withMemoryReservationMb(512));
 * fix.description();                 // "reserve all 512 MB of guest memory" (no file edited yet)
 * Fix resolved = workspace.resolve(fix);
 * resolved.description();            // "set sched.mem.minsize = \"512\""
 * }</pre>
 *
 * <p>A fix is either a {@link VmFix} or a {@link MapFix}; switch over the two to apply one.
 */
public sealed interface Fix permits VmFix, MapFix {

  /** What the fix achieves, one line without a trailing period and without naming keys or lines. */
  String summary();

  /**
   * The lines the fix changes, once it was resolved against its file ({@link #withEdits(List)});
   * empty before, or when the file already says what the fix would write.
   */
  List<Edit> edits();

  /** The file the fix edits, as the user named it; empty for a VM or map built in code. */
  java.util.Optional<String> file();

  /**
   * This fix with the edits its file's binding made.
   *
   * @param edits the lines changed, in file order
   * @return the resolved fix
   */
  Fix withEdits(List<Edit> edits);

  /**
   * What the fix does: its edits' descriptions joined by {@code ; } when it was resolved (e.g.
   * {@code set pciPassthru0.msiEnabled = "FALSE"}), else its {@link #summary()}.
   */
  default String description() {
    if (edits().isEmpty()) {
      return summary();
    }
    StringBuilder b = new StringBuilder();
    for (Edit e : edits()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(e.description());
    }
    return b.toString();
  }

  /**
   * A fix of one VM, addressed to its file ({@link VirtualMachine#file()}), or to its name when
   * it was built in code.
   *
   * @param vm the VM as the rule saw it
   * @param summary what the fix achieves, without naming keys
   * @param change the change of the VM
   * @return the fix
   */
  static VmFix forVm(VirtualMachine vm, String summary, UnaryOperator<VirtualMachine> change) {
    return VmFix.of(vm, summary, change);
  }

  /**
   * A fix of the host's passthru.map, addressed to its file ({@link PassthruMap#file()}).
   *
   * @param map the map as the rule saw it
   * @param summary what the fix achieves, without naming lines
   * @param change the change of the map
   * @return the fix
   */
  static MapFix forPassthruMap(PassthruMap map, String summary, UnaryOperator<PassthruMap> change) {
    return MapFix.of(map, summary, change);
  }
}
