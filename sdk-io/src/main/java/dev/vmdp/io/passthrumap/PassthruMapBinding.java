package dev.vmdp.io.passthrumap;

import dev.vmdp.io.Edited;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Binds a lossless {@link PassthruMapDocument} to the model's {@link PassthruMap} and back: the
 * binding of passthru.map, as {@code VmxBinding} is for .vmx files.
 *
 * <p>{@link #read} gives the valid entries, each with its source line, and the document's
 * diagnostics (VMDP501-503). {@link #edit} turns a change of the map into the minimal edit of the
 * document: entries are matched to lines by their source. An entry whose line is still in
 * {@code after} but whose fields changed replaces that line (keeping its indentation, spacing,
 * comment and terminator, as {@link PassthruMapDocument#replace} does); a line whose entry is
 * missing from {@code after} is removed; an entry of {@code after} without a source (or with a
 * source that is no entry of {@code before}) is added after the last entry line, as
 * {@link PassthruMapDocument#add(PassthruMapEntry)} does. No change is ever dropped.
 *
 * <pre>{@code
 * PassthruMapDocument doc = PassthruMapDocument.read(Path.of("passthru.map"));
 * PassthruMap map = PassthruMapBinding.read(doc);
 * PassthruMap fixed = fix.applyTo(map);
 * Edited<PassthruMapDocument> edited = PassthruMapBinding.edit(doc, map, fixed);
 * edited.edits().forEach(System.out::println);   // passthru.map:7: replace line 7 with "10de ffff bridge false"
 * }</pre>
 */
public final class PassthruMapBinding {
  private PassthruMapBinding() {}

  /**
   * The map a document holds: its valid entries in file order, each with its source line, and its
   * diagnostics; invalid lines contribute no entry.
   *
   * @param doc the document
   * @return the map, naming the document's file when it has a name
   */
  public static PassthruMap read(PassthruMapDocument doc) {
    Objects.requireNonNull(doc, "doc");
    PassthruMap.Builder map = PassthruMap.builder().addAllDiagnostics(doc.diagnostics());
    for (PassthruMapLine.Entry line : doc.entryLines()) {
      map.addEntry(line.entry());
    }
    if (!doc.fileName().isEmpty()) {
      map.file(doc.fileName());
    }
    return map.build();
  }

  /**
   * The minimal edit that turns the document of {@code before} into one of {@code after}.
   *
   * @param doc the document {@code before} was read from
   * @param before the map as read from {@code doc} (what {@link #read} returned)
   * @param after the map as it should be
   * @return the edited document and its edits; {@code doc} itself and no edit when nothing changed
   * @throws VmdpException at the line when an entry of {@code before} names a line of {@code doc}
   *     that does not hold that entry (so {@code before} was not read from this document), or when
   *     an edited line or the file would be above the input limits
   */
  public static Edited<PassthruMapDocument> edit(PassthruMapDocument doc, PassthruMap before, PassthruMap after) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Map<Integer, PassthruMapEntry> read = new LinkedHashMap<>();
    for (PassthruMapEntry e : before.entries()) {
      e.source().ifPresent(at -> read.putIfAbsent(checkedLine(doc, at, e), e));
    }
    Map<Integer, PassthruMapEntry> kept = new LinkedHashMap<>();
    List<PassthruMapEntry> added = new ArrayList<>();
    for (PassthruMapEntry e : after.entries()) {
      Integer line = e.source().map(SourceRef::line).orElse(null);
      if (line != null && read.containsKey(line) && !kept.containsKey(line)) {
        kept.put(line, e);
      } else {
        added.add(e);
      }
    }
    PassthruMapDocument edited = doc;
    for (Map.Entry<Integer, PassthruMapEntry> k : kept.entrySet()) {
      if (!sameFields(read.get(k.getKey()), k.getValue())) {
        edited = edited.replace(k.getKey(), k.getValue());
      }
    }
    // From the bottom up, so that the numbers of the lines still to remove stay as they were read.
    List<Integer> removed = new ArrayList<>(read.keySet());
    removed.removeAll(kept.keySet());
    removed.sort(Comparator.reverseOrder());
    for (int line : removed) {
      edited = edited.remove(line);
    }
    for (PassthruMapEntry e : added) {
      edited = edited.add(e);
    }
    return new Edited<>(edited, doc.editsTo(edited));
  }

  /** The line of an entry of {@code before}, which must hold that entry in the document. */
  private static int checkedLine(PassthruMapDocument doc, SourceRef at, PassthruMapEntry e) {
    int line = at.line();
    boolean holds = line >= 1 && line <= doc.lineCount()
        && doc.line(line) instanceof PassthruMapLine.Entry held && sameFields(held.entry(), e);
    if (!holds) {
      throw new VmdpException(SourceRef.of(doc.fileName(), Math.max(1, line)), "the map's entry \"" + e.toLine()
          + "\" names this line, which does not hold it: the map was not read from this document", null, null);
    }
    return line;
  }

  private static boolean sameFields(PassthruMapEntry a, PassthruMapEntry b) {
    return a.vendor() == b.vendor() && a.device() == b.device() && a.resetMethod() == b.resetMethod()
        && a.fptShareable() == b.fptShareable();
  }
}
