package dev.vmdp.dsl;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.passthrumap.PassthruMapLine;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxEntry;
import dev.vmdp.io.vmx.VmxLine;
import dev.vmdp.io.vmx.VmxWriteOptions;
import dev.vmdp.model.Edit;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The bindings a {@link Fixer} edits files with: a model change in, the new document and its edits out. */
final class Bindings {
  private Bindings() {}

  /** A new document and the lines that changed. */
  record Result<D>(D document, List<Edit> edits) {}

  static Result<VmxDocument> vmx(VmxDocument doc, VirtualMachine before, VirtualMachine after, VmxWriteOptions options) {
    VmxDocument out = VmxBinding.apply(doc, before, after, options);
    if (out == doc) {
      return new Result<>(doc, List.of());
    }
    List<VmxLine> a = doc.lines();
    List<VmxLine> b = out.lines();
    return new Result<>(out, edits(doc.fileName(), a, b, l -> l.text() + l.terminator().text(), VmxLine::text,
        Bindings::describeVmx));
  }

  private static String describeVmx(Edit.Kind kind, VmxLine removed, VmxLine added) {
    VmxLine l = added != null ? added : removed;
    if (l instanceof VmxEntry e) {
      return kind == Edit.Kind.REMOVE ? "remove " + e.key() : "set " + l.text().strip();
    }
    return (kind == Edit.Kind.ADD ? "add line " : kind == Edit.Kind.REMOVE ? "remove line " : "set line ")
        + "\"" + l.text() + "\"";
  }

  static Result<PassthruMapDocument> map(PassthruMapDocument doc, PassthruMap before, PassthruMap after) {
    PassthruMapDocument out = doc;
    for (PassthruMapEntry e : after.entries()) {
      if (before.entries().stream().noneMatch(x -> x.toLine().equals(e.toLine()))) {
        out = out.add(e);
      }
    }
    if (out == doc) {
      return new Result<>(doc, List.of());
    }
    return new Result<>(out, edits(doc.fileName(), doc.lines(), out.lines(), l -> l.text() + l.terminator(),
        PassthruMapLine::text, (kind, removed, added) -> kind == Edit.Kind.REMOVE
            ? "remove line " + removed.number() + " \"" + removed.text() + "\""
            : kind == Edit.Kind.ADD ? "add \"" + added.text() + "\""
            : "replace line " + removed.number() + " with \"" + added.text() + "\""));
  }

  interface Describer<L> {
    String describe(Edit.Kind kind, L removed, L added);
  }

  /** The edits that turn lines {@code a} into {@code b}, compared with their terminators. */
  private static <L> List<Edit> edits(String file, List<L> a, List<L> b, Function<L, String> withTerminator,
      Function<L, String> text, Describer<L> describer) {
    List<Edit> out = new ArrayList<>();
    List<String> as = a.stream().map(withTerminator).toList();
    List<String> bs = b.stream().map(withTerminator).toList();
    for (AbstractDelta<String> d : DiffUtils.diff(as, bs).getDeltas()) {
      int from = d.getSource().getPosition();
      int removed = d.getSource().size();
      int added = d.getTarget().size();
      int to = d.getTarget().getPosition();
      int paired = Math.min(removed, added);
      for (int i = 0; i < paired; i++) {
        L old = a.get(from + i);
        L now = b.get(to + i);
        out.add(Edit.builder().file(file).kind(Edit.Kind.REPLACE).line(from + i + 1).oldText(text.apply(old))
            .newText(text.apply(now)).description(describer.describe(Edit.Kind.REPLACE, old, now)).build());
      }
      for (int i = paired; i < removed; i++) {
        L old = a.get(from + i);
        out.add(Edit.builder().file(file).kind(Edit.Kind.REMOVE).line(from + i + 1).oldText(text.apply(old))
            .description(describer.describe(Edit.Kind.REMOVE, old, null)).build());
      }
      for (int i = paired; i < added; i++) {
        L now = b.get(to + i);
        out.add(Edit.builder().file(file).kind(Edit.Kind.ADD).line(from + removed + 1).newText(text.apply(now))
            .description(describer.describe(Edit.Kind.ADD, null, now)).build());
      }
    }
    return out;
  }
}
