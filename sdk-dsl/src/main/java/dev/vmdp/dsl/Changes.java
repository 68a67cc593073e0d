package dev.vmdp.dsl;

import dev.vmdp.io.SaveOptions;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.rules.Fix;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the open files of a {@link Workspace} hold against what was read: which files changed, their
 * unified diff, the history {@link Workspace#undo()} takes back, and saving. Documents are
 * immutable values, so a history entry is the documents from before a fix, put back on undo.
 */
final class Changes {
  private final VmFiles vms;
  private final HostInputs host;
  private final Deque<State> history = new ArrayDeque<>();

  Changes(VmFiles vms, HostInputs host) {
    this.vms = vms;
    this.host = host;
  }

  /** Remembers the documents as they are now, to be put back when {@code fix} is undone. */
  void before(Fix fix) {
    history.push(state(fix));
  }

  /** Runs an edit that gives the fix it applied, remembering the documents from before it. */
  void edit(Supplier<Fix> edit) {
    State before = state(null);
    Fix applied = edit.get();
    history.push(before.withFix(applied));
  }

  /** The last applied fix, or empty when there is nothing to undo. */
  Optional<Fix> last() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.peek().fix());
  }

  /** Takes back the last applied fix; false when there was none. */
  boolean undo() {
    if (history.isEmpty()) {
      return false;
    }
    State s = history.pop();
    s.vmDocs.forEach((file, doc) -> vms.byFile(file).setCurrent(doc));
    if (s.mapDoc != null) {
      host.mapFile().setCurrent(s.mapDoc);
    }
    return true;
  }

  /** The names of the files whose document differs from what was read, .vmx files first. */
  List<String> files() {
    return open().stream().filter(OpenFile::changed).map(OpenFile::name).toList();
  }

  /** True when some document differs from what was read (or last saved). */
  boolean any() {
    return open().stream().anyMatch(OpenFile::changed);
  }

  /** The unified diff of every changed file, in the order of {@link #files()}. */
  String diff() {
    StringBuilder out = new StringBuilder();
    open().forEach(f -> out.append(f.diff()));
    return out.toString();
  }

  /** Saves every changed file and forgets the history; returns the files written. */
  List<Path> save(SaveOptions options) {
    List<Path> written = new ArrayList<>();
    for (OpenFile<?> f : open()) {
      if (f.save(options)) {
        written.add(f.path());
      }
    }
    history.clear();
    return written;
  }

  /** The open files: the .vmx files in the order they were opened, then the passthru.map. */
  private List<OpenFile<?>> open() {
    List<OpenFile<?>> out = new ArrayList<>();
    vms.all().forEach(v -> out.add(v.file));
    if (host.mapFile() != null) {
      out.add(host.mapFile());
    }
    return out;
  }

  private State state(Fix next) {
    Map<String, VmxDocument> docs = new LinkedHashMap<>();
    vms.all().forEach(v -> docs.put(v.file.name(), v.file.current()));
    return new State(docs, host.mapFile() == null ? null : host.mapFile().current(), next);
  }

  /** The documents at one point, and the fix made from there. */
  private record State(Map<String, VmxDocument> vmDocs, PassthruMapDocument mapDoc, Fix fix) {
    State withFix(Fix applied) {
      return new State(vmDocs, mapDoc, applied);
    }
  }
}
