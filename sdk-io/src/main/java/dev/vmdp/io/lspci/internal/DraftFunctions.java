package dev.vmdp.io.lspci.internal;

import dev.vmdp.io.ReadNote;
import dev.vmdp.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions a view lists, by address, and the notes about lines it could not use: what both
 * parsers (list and tree) collect. A function listed twice contradicts the output; the later
 * listing is used, in the place of the first, and a note says so, so the functions of a view
 * always have distinct addresses.
 */
final class DraftFunctions {
  private final String fileName;
  private final Map<Long, DraftFunction> byRid = new LinkedHashMap<>();
  private final List<ReadNote> notes = new ArrayList<>();

  DraftFunctions(String fileName) {
    this.fileName = fileName;
  }

  /** Adds a function; a function already listed at the same address is replaced, with a note. */
  void add(DraftFunction f, String address) {
    DraftFunction prior = byRid.get(f.rid());
    if (prior != null) {
      note(f.line, "function " + address + " listed again (line " + prior.line + "); the later listing is used");
    }
    byRid.put(f.rid(), f);
  }

  /** Notes something at a 1-based line that the reader could not use. */
  void note(int line, String message) {
    notes.add(new ReadNote(SourceRef.of(fileName, line), message));
  }

  /** The functions so far, in the order first listed. */
  List<DraftFunction> functions() {
    return new ArrayList<>(byRid.values());
  }

  /** The result. */
  LspciParse result() {
    return new LspciParse(functions(), notes);
  }
}
