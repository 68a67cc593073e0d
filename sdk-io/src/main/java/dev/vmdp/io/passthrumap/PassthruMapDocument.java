package dev.vmdp.io.passthrumap;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.InputLimits;
import dev.vmdp.io.LineTerminator;
import dev.vmdp.io.ReadFailures;
import dev.vmdp.io.internal.LineDiff;
import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Edit;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.pci.PciId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A host's {@code /etc/vmware/passthru.map}, kept line by line and byte for byte: comments,
 * spacing, order, line terminators, a missing final newline and lines it cannot read all
 * survive, so {@code parse(bytes).toBytes()} equals {@code bytes} for any input.
 *
 * <pre>{@code
 * PassthruMapDocument doc = PassthruMapDocument.read(Path.of("passthru.map"));
 * doc.diagnostics().forEach(System.out::println);      // map:7:11: VMDP503 ERROR unknown fptShareable value 'fasle' ...
 * PassthruMap map = doc.toModel();                      // entries with their source lines
 * PassthruMapDocument edited = doc
 *     .add(PassthruMapEntry.builder().vendor(0x8086).device(0x10fb)
 *         .resetMethod(ResetMethod.D3D0).fptShareable(FptShareable.DEFAULT).build())
 *     .remove(12);
 * edited.writeTo(out);                                  // only the touched lines differ
 * }</pre>
 *
 * <p>A document is immutable: every edit returns a new document that shares the untouched lines
 * with this one, so keeping the previous document is an undo. Fields are whitespace separated
 * (runs of spaces or tabs), {@code #} starts a comment (also after an entry), ids are one to four
 * hex digits in any case, optionally after {@code 0x} ({@code ffff} matches any id). Lines end with {@code \n}, {@code \r\n} or
 * a bare {@code \r}, each keeping its own.
 */
public final class PassthruMapDocument {

  private final String fileName;
  private final List<RawLine> raw;
  private final List<PassthruMapLine> lines;
  private final List<Diagnostic> diagnostics;
  private final List<PassthruMapLine.Entry> entryLines;
  /** What {@link PassthruMapBinding#read} makes of this document, made on first use. */
  private volatile PassthruMap model;

  private PassthruMapDocument(String fileName, List<RawLine> raw) {
    this.fileName = fileName;
    this.raw = List.copyOf(raw);
    List<PassthruMapLine> views = new ArrayList<>(raw.size());
    List<Diagnostic> diags = new ArrayList<>();
    List<PassthruMapLine.Entry> entries = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      RawLine r = raw.get(i);
      int number = i + 1;
      String text = r.text();
      String term = r.terminator().text();
      switch (r.kind()) {
        case ENTRY -> {
          PassthruMapEntry e = PassthruMapEntry.builder().from(r.entry())
              .source(SourceRef.of(fileName, number)).build();
          PassthruMapLine.Entry line = new PassthruMapLine.Entry(number, text, term, e);
          entries.add(line);
          views.add(line);
        }
        case COMMENT -> views.add(new PassthruMapLine.Comment(number, text, term));
        case BLANK -> views.add(new PassthruMapLine.Blank(number, text, term));
        default -> {
          List<Diagnostic> lineDiags = new ArrayList<>();
          for (RawLine.Problem p : r.problems()) {
            lineDiags.add(Diagnostic.builder()
                .ruleId(p.ruleId()).severity(Severity.ERROR).message(p.message())
                .location(SourceRef.of(fileName, number, p.column()))
                .build());
          }
          diags.addAll(lineDiags);
          views.add(new PassthruMapLine.Invalid(number, text, term, lineDiags));
        }
      }
    }
    this.lines = List.copyOf(views);
    this.diagnostics = List.copyOf(diags);
    this.entryLines = List.copyOf(entries);
  }

  /**
   * Reads a document from bytes.
   *
   * @param bytes the file's contents; any bytes are accepted
   * @param fileName the file as the user named it, used in diagnostics (may be empty, not null)
   * @return the document, with diagnostics for lines that are not valid entries
   * @throws VmdpException when the input is above 16 MiB or a line above 1 MiB
   */
  public static PassthruMapDocument parse(byte[] bytes, String fileName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fileName, "fileName");
    InputLimits.defaults().checkFileSize(fileName, bytes.length);
    return new PassthruMapDocument(fileName, MapLines.split(bytes, fileName));
  }

  /**
   * Reads a document from a file.
   *
   * @param path the file
   * @return the document, named by {@code path.toString()}
   * @throws VmdpException {@code file:1:1: cannot read file: ...} when the file cannot be read,
   *     {@code file:1:1: not a regular file ...} for a directory, FIFO or device, or when it is
   *     above 16 MiB or a line above 1 MiB
   */
  public static PassthruMapDocument read(Path path) {
    return parse(FileSnapshot.read(path).bytes(), path.toString());
  }

  /** The file name given when the document was read; empty for in-memory input without one. */
  public String fileName() {
    return fileName;
  }

  /** Every line in file order, each with its 1-based number. */
  public List<PassthruMapLine> lines() {
    return lines;
  }

  /**
   * One line.
   *
   * @param number the 1-based line number
   * @return the line
   * @throws VmdpException when there is no such line
   */
  public PassthruMapLine line(int number) {
    checkLine(number);
    return lines.get(number - 1);
  }

  /** The number of lines; a last line without a terminator counts, an empty file has none. */
  public int lineCount() {
    return lines.size();
  }

  /** The entry lines in file order. */
  public List<PassthruMapLine.Entry> entryLines() {
    return entryLines;
  }

  /** Problems found while reading (VMDP501-503), each with its line and the column of the bad field. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * This document when it has no diagnostic of severity ERROR (the strict mode of DESIGN.md).
   *
   * @return this document
   * @throws VmdpException for the first such diagnostic, rendered {@code file:line:col: RULE
   *     message}, carrying the offending line
   */
  public PassthruMapDocument strict() {
    for (PassthruMapLine line : lines) {
      if (line instanceof PassthruMapLine.Invalid bad) {
        for (Diagnostic d : bad.diagnostics()) {
          if (d.severity() == Severity.ERROR) {
            throw new VmdpException(d.location().orElse(null), d.ruleId() + " " + d.message(), bad.text(), null);
          }
        }
      }
    }
    return this;
  }

  /**
   * The map as model values: the valid entries with their source lines, and the diagnostics;
   * invalid lines contribute no entry. The same as {@link PassthruMapBinding#read}, remembered.
   */
  public PassthruMap toModel() {
    PassthruMap m = model;
    if (m == null) {
      m = PassthruMapBinding.read(this);
      model = m;
    }
    return m;
  }

  /**
   * The line edits that turn this document into another version of it, from a line diff
   * ({@code add "10de ffff bridge false"}, {@code replace line 7 with "..."},
   * {@code remove line 7 "..."}, numbered as in this document).
   *
   * @param edited the other version, for example this document after {@link #add} or {@link #remove}
   * @return the edits in line order; empty when the documents have the same bytes
   */
  public List<Edit> editsTo(PassthruMapDocument edited) {
    Objects.requireNonNull(edited, "edited");
    return LineDiff.edits(fileName, diffLines(), edited.diffLines(), StandardCharsets.UTF_8, LineDiff.GENERIC);
  }

  private List<LineDiff.Line> diffLines() {
    List<LineDiff.Line> out = new ArrayList<>(raw.size());
    for (RawLine r : raw) {
      out.add(new LineDiff.Line(r.content(), r.terminator()));
    }
    return out;
  }

  /**
   * The document of these lines, refused when the line an edit wrote or the whole file would be
   * above the limits that reading it again enforces.
   */
  private PassthruMapDocument edited(List<RawLine> next, int written, String edit) {
    InputLimits limits = InputLimits.defaults();
    limits.checkEditedLine(fileName, written + 1, next.get(written).content().length, edit);
    long size = 0;
    for (RawLine r : next) {
      size += r.length();
    }
    limits.checkEditedFile(fileName, size, edit);
    return new PassthruMapDocument(fileName, next);
  }

  /** The document's bytes; for an unedited document, exactly the bytes it was read from. */
  public byte[] toBytes() {
    int size = 0;
    for (RawLine r : raw) {
      size += r.length();
    }
    byte[] out = new byte[size];
    int at = 0;
    for (RawLine r : raw) {
      r.copyTo(out, at);
      at += r.length();
    }
    return out;
  }

  /**
   * Writes {@link #toBytes()} to a stream; the stream is not closed.
   *
   * @param out the stream
   * @throws VmdpException naming the file when the stream fails
   */
  public void writeTo(OutputStream out) {
    try {
      out.write(toBytes());
    } catch (IOException e) {
      throw new VmdpException(fileName + ": cannot write: " + ReadFailures.reason(e), e);
    }
  }

  /**
   * Adds an entry after the last entry line (at the end when there is none). The new line uses
   * the file's most common line terminator ({@code \n} when it has none) and the file's columns
   * when every entry line puts its fields at the same columns with spaces; otherwise single
   * spaces. When the line before it had no terminator, it gets one and the new line becomes the
   * last line without one.
   *
   * @param entry the entry; its source, if any, is ignored
   * @return the edited document
   * @throws VmdpException when the file would be above the input limits (16 MiB)
   */
  public PassthruMapDocument add(PassthruMapEntry entry) {
    int after = 0;
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).kind() == RawLine.Kind.ENTRY) {
        after = i + 1;
      }
    }
    if (after == 0) {
      after = raw.size();
    }
    return insert(after, entry);
  }

  /**
   * Adds an entry after a given line, formatted as {@link #add(PassthruMapEntry)} describes.
   *
   * @param entry the entry; its source, if any, is ignored
   * @param afterLine the 1-based line to insert after, or 0 to insert at the top
   * @return the edited document
   * @throws VmdpException when there is no such line, or the file would be above the input limits
   */
  public PassthruMapDocument add(PassthruMapEntry entry, int afterLine) {
    if (afterLine != 0) {
      checkLine(afterLine);
    }
    return insert(afterLine, entry);
  }

  private PassthruMapDocument insert(int index, PassthruMapEntry entry) {
    Objects.requireNonNull(entry, "entry");
    LineTerminator term = MapLines.fileTerminator(raw);
    List<RawLine> next = new ArrayList<>(raw);
    LineTerminator own = term;
    if (index > 0 && raw.get(index - 1).terminator() == LineTerminator.NONE) {
      next.set(index - 1, raw.get(index - 1).withTerminator(term));
      own = LineTerminator.NONE;
    }
    next.add(index, RawLine.render(entry, MapLines.regularColumns(raw), own));
    return edited(next, index, "cannot add \"" + entry.toLine() + "\"");
  }

  /**
   * Replaces the fields of an entry line, or of an invalid line (to fix it), with the entry's.
   * Only that line changes: its indentation, the blanks between fields (or the file's columns
   * when the line follows them), a trailing comment and its terminator are kept.
   *
   * @param lineNumber the 1-based line
   * @param entry the new entry; its source, if any, is ignored
   * @return the edited document
   * @throws VmdpException when there is no such line or it is a comment or blank line, or when the
   *     line would be above 1 MiB or the file above 16 MiB (the limits its reader enforces)
   */
  public PassthruMapDocument replace(int lineNumber, PassthruMapEntry entry) {
    Objects.requireNonNull(entry, "entry");
    checkLine(lineNumber);
    RawLine old = raw.get(lineNumber - 1);
    if (old.kind() == RawLine.Kind.COMMENT || old.kind() == RawLine.Kind.BLANK) {
      throw new VmdpException(SourceRef.of(fileName, lineNumber),
          "line " + lineNumber + " is a " + old.kind().name().toLowerCase(Locale.ROOT)
              + " line, not an entry: nothing to replace",
          old.text(), null);
    }
    List<RawLine> next = new ArrayList<>(raw);
    next.set(lineNumber - 1, old.replacedBy(entry, MapLines.regularColumns(raw)));
    return edited(next, lineNumber - 1, "cannot replace line " + lineNumber);
  }

  /**
   * Removes one line (of any kind) with its terminator; nothing else changes.
   *
   * @param lineNumber the 1-based line
   * @return the edited document
   * @throws VmdpException when there is no such line
   */
  public PassthruMapDocument remove(int lineNumber) {
    checkLine(lineNumber);
    List<RawLine> next = new ArrayList<>(raw);
    next.remove(lineNumber - 1);
    return new PassthruMapDocument(fileName, next);
  }

  /**
   * Removes every entry line whose vendor and device fields are exactly these ids (a wildcard
   * only as {@code ffff}: {@code PciId.of(0x10de, 0xffff)} removes the line {@code 10de ffff ...}
   * and not {@code 10de 1eb8 ...}).
   *
   * @param ids the vendor and device fields
   * @return the edited document, or this document when no line names these ids
   */
  public PassthruMapDocument removeEntries(PciId ids) {
    Objects.requireNonNull(ids, "ids");
    List<RawLine> next = new ArrayList<>(raw.size());
    for (RawLine r : raw) {
      boolean same = r.kind() == RawLine.Kind.ENTRY
          && r.entry().vendor() == ids.vendor() && r.entry().device() == ids.device();
      if (!same) {
        next.add(r);
      }
    }
    return next.size() == raw.size() ? this : new PassthruMapDocument(fileName, next);
  }

  /** The bytes decoded as UTF-8, for display. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (RawLine r : raw) {
      sb.append(r.text()).append(r.terminator().text());
    }
    return sb.toString();
  }

  private void checkLine(int number) {
    if (number < 1 || number > raw.size()) {
      throw new VmdpException(fileName + ": no line " + number + " (the file has " + raw.size() + " lines)");
    }
  }
}
