package dev.vmdp.io.lspci;

import dev.vmdp.io.ReadNote;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@code lspci} output says about a machine: its PCI functions, the topology they form,
 * and notes about lines the reader could not use.
 *
 * <pre>{@code
 * LspciView view = LspciReader.read(Path.of("lspci-nnvvv.txt"));
 * PciTopology t = view.topology();
 * t.parentBridge(PciAddress.parse("01:00.0"));   // the root port above the GPU
 * LspciView both = view.combine(LspciReader.read(Path.of("lspci-tv.txt")));
 * }</pre>
 *
 * <p>A view knows only what its form prints: {@code lspci -n} gives ids and classes but no
 * capabilities (every capability of its functions is empty, "not shown"); a names-only
 * {@code lspci} gives no ids; only {@code -v} and more, a hex dump, or a tree give bridges' bus
 * ranges.
 */
public final class LspciView {

  /** Which kind of output the view came from. */
  public enum Form {
    /** One line (and optional detail lines) per function: {@code lspci [-n|-nn] [-D] [-v...] [-x...]}. */
    LIST,
    /** The tree of {@code lspci -t [-v] [-nn]}. */
    TREE,
    /** The machine-readable blocks of {@code lspci -vmm [-n|-nn]}. */
    MACHINE
  }

  private final String fileName;
  private final Form form;
  private final List<PciFunction> functions;
  private final List<ReadNote> notes;
  private final PciTopology topology;
  private final Map<PciAddress, Integer> lines;

  LspciView(String fileName, Form form, List<PciFunction> functions, List<ReadNote> notes,
      Map<PciAddress, Integer> lines) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.form = Objects.requireNonNull(form, "form");
    this.functions = List.copyOf(functions);
    this.notes = List.copyOf(notes);
    this.topology = PciTopology.of(this.functions);
    this.lines = Map.copyOf(lines);
  }

  /** The file the view was read from, as the user named it. */
  public String fileName() {
    return fileName;
  }

  /** The kind of output. */
  public Form form() {
    return form;
  }

  /** The functions in the order the output lists them. */
  public List<PciFunction> functions() {
    return functions;
  }

  /** The functions as a topology (parents, buses below each bridge). */
  public PciTopology topology() {
    return topology;
  }

  /** The function at an address, or empty when the view does not list it. */
  public Optional<PciFunction> function(PciAddress address) {
    return topology.function(address);
  }

  /**
   * Where the view lists a function: the file and the 1-based line of its entry.
   *
   * @param address the function
   * @return the place, or empty when the view does not list the function
   */
  public Optional<SourceRef> sourceOf(PciAddress address) {
    Integer line = lines.get(address);
    return line == null ? Optional.empty() : Optional.of(SourceRef.of(fileName, line));
  }

  /** Lines the reader could not use, each with its position; empty for clean output. */
  public List<ReadNote> notes() {
    return notes;
  }

  /**
   * Where this view and another view of the same machine contradict each other: a function only
   * one lists, different ids, classes or bridge bus ranges. Facts that one view does not show are
   * not contradictions.
   *
   * @param other another view
   * @return one line per contradiction, empty when the views agree
   */
  public List<String> conflictsWith(LspciView other) {
    List<String> out = new ArrayList<>();
    for (ViewMerger.Conflict c : ViewMerger.conflicts(this, other)) {
      out.add(c.address() + ": " + c.message());
    }
    return List.copyOf(out);
  }

  /**
   * One view with what both know: for each function, facts shown by either view (this view wins
   * where both show a fact and disagree, and a note says so).
   *
   * @param other another view of the same machine
   * @return the combined view, named after this view's file (functions only the other view lists
   *     keep their place in that file)
   */
  public LspciView combine(LspciView other) {
    List<ViewMerger.Conflict> conflicts = ViewMerger.conflicts(this, other);
    Map<PciAddress, PciFunction> merged = new LinkedHashMap<>();
    for (PciFunction f : functions) {
      merged.put(f.address(), f);
    }
    for (PciFunction g : other.functions) {
      merged.merge(g.address(), g, ViewMerger::merge);
    }
    List<ReadNote> allNotes = new ArrayList<>(notes);
    allNotes.addAll(other.notes);
    for (ViewMerger.Conflict c : conflicts) {
      SourceRef where = sourceOf(c.address()).or(() -> other.sourceOf(c.address())).orElse(SourceRef.of(fileName, 1));
      allNotes.add(new ReadNote(where, c.address() + ": " + c.message() + " (in " + other.fileName + "); "
          + fileName + " is used"));
    }
    Map<PciAddress, Integer> allLines = new LinkedHashMap<>(other.lines);
    allLines.putAll(lines);
    return new LspciView(fileName, form, new ArrayList<>(merged.values()), allNotes, allLines);
  }

  @Override
  public String toString() {
    return "LspciView[" + fileName + ", " + form + ", " + functions.size() + " functions]";
  }
}
