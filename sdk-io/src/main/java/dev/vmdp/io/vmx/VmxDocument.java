package dev.vmdp.io.vmx;

import dev.vmdp.io.CurrentInput;
import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.InputLimits;
import dev.vmdp.io.LineTerminator;
import dev.vmdp.io.internal.shared.SnapshotBytes;
import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Edit;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lossless, immutable .vmx file: an ordered list of lines that keep their raw bytes, with
 * case-insensitive lookup of decoded values, read-time diagnostics (VMDP601-605) and minimal
 * edits.
 *
 * <p>{@code VmxDocument.parse(bytes, name).toBytes()} gives back exactly {@code bytes} for every
 * input (comments, blank lines, unparsable lines, key case, quoting, escapes, {@code \n},
 * {@code \r\n} or bare {@code \r} per line, a missing final newline, a UTF-8 byte order mark and
 * the file's own encoding). Values are decoded lazily with the declared {@code .encoding} (UTF-8
 * when there is none or it is unknown); bytes that do not decode stay intact in the file and show
 * as U+FFFD in decoded text. Edits ({@link #set}, {@link #remove}) return a new document whose
 * bytes differ from this one's only in the lines they rewrite, insert or remove.
 *
 * <p>A document holds its bytes once and a table of offsets (16 bytes a line in files under
 * 64 KiB); lines, entries and decoded values are made when asked for.
 *
 * <p>This class is that representation and what reads it directly: the lookups, the lines and
 * values decoded on demand, and the package-private access the diagnostics and the binding use.
 * The edit machinery, which touches the representation only at its edges, is apart
 * ({@code VmxEdits}: the lines an edit writes, the edited document they join into, the edits
 * between two versions); the public verbs {@link #set}, {@link #remove} and {@link #editsTo} stay
 * here, next to the lookups they are made of. That is why the class is longer than the project's
 * usual 450 lines: a third of it is the Javadoc of a wide public API.
 *
 * <pre>{@code
 * VmxDocument doc = VmxDocument.read(Path.of("rhel3.vmx"));
 * String memory = doc.get("memsize").orElse("(not set)");
 * VmxDocument edited = doc.set("sched.mem.min", memory).set("pciPassthru1.present", "TRUE");
 * doc.diagnostics().forEach(System.out::println);
 * byte[] bytes = edited.toBytes();
 * }</pre>
 */
public final class VmxDocument {
  /** The UTF-8 byte order mark, kept at the start of a file that has one. */
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] ENCODING_KEY = ".encoding".getBytes(StandardCharsets.US_ASCII);

  private final String fileName;
  private final boolean bom;
  /** The document's bytes; never modified (edits make a new array). */
  private final byte[] buf;
  /** Where each line, key and value is. */
  private final LineTable table;
  private final int lineCount;
  private final DuplicatePolicy policy;
  /** The limits the document was read within; an edit never makes a file above them. */
  private final InputLimits limits;
  private final Charset charset;
  /** The declared encoding when Java does not know it; else null. */
  private final String unknownEncoding;
  private volatile List<Diagnostic> diagnostics;

  /** A document of bytes no one else holds and their line table ({@link VmxEdits#joined} makes edited ones). */
  VmxDocument(String fileName, boolean bom, byte[] buf, LineTable table, DuplicatePolicy policy,
      InputLimits limits) {
    this.fileName = fileName;
    this.bom = bom;
    this.buf = buf;
    this.table = table;
    this.lineCount = table.count();
    this.policy = policy;
    this.limits = limits;
    int at = firstIndexOf(ENCODING_KEY);
    Charset cs = StandardCharsets.UTF_8;
    String unknown = null;
    if (at >= 0) {
      LineRecord encoding = record(at);
      String declared = new String(VmxEscape.unescape(encoding.buf, encoding.innerStart(),
          encoding.innerEnd() - encoding.innerStart()), StandardCharsets.ISO_8859_1);
      Charset known = VmxCharsets.forName(declared);
      if (known != null) {
        cs = known;
      } else {
        unknown = declared;
      }
    }
    this.charset = cs;
    this.unknownEncoding = unknown;
  }

  /**
   * Parses .vmx bytes within the default {@link InputLimits}; never fails on content.
   *
   * @param bytes the file's bytes (copied)
   * @param fileName the file as the user named it, for diagnostics (may be empty)
   * @return the document
   * @throws VmdpException only when the input is above a size limit
   */
  public static VmxDocument parse(byte[] bytes, String fileName) {
    return parse(bytes, fileName, InputLimits.defaults());
  }

  /**
   * Parses .vmx bytes within the given limits; never fails on content.
   *
   * @param bytes the file's bytes (copied)
   * @param fileName the file as the user named it, for diagnostics (may be empty)
   * @param limits the size limits
   * @return the document
   * @throws VmdpException only when the input is above a size limit
   */
  public static VmxDocument parse(byte[] bytes, String fileName, InputLimits limits) {
    Objects.requireNonNull(bytes, "bytes");
    return parseOwned(bytes.clone(), fileName, limits);
  }

  /**
   * Parses bytes that no one changes (a fresh copy, or a snapshot's own array: neither ever
   * changes), without copying them again.
   */
  private static VmxDocument parseOwned(byte[] copy, String fileName, InputLimits limits) {
    Objects.requireNonNull(fileName, "fileName");
    limits.checkFileSize(fileName, copy.length);
    boolean bom = copy.length >= 3 && copy[0] == BOM[0] && copy[1] == BOM[1] && copy[2] == BOM[2];
    LineTable table = VmxParser.parse(copy, bom ? 3 : 0, fileName, limits);
    return new VmxDocument(fileName, bom, copy, table, DuplicatePolicy.FIRST, limits);
  }

  /**
   * Parses the bytes of a snapshot, named by its path.
   *
   * @param snapshot the file as read
   * @return the document
   * @throws VmdpException only when a line is above the default line limit
   */
  public static VmxDocument parse(FileSnapshot snapshot) {
    return CurrentInput.reading(snapshot.fileName(),
        () -> parseOwned(SnapshotBytes.of(snapshot), snapshot.fileName(), InputLimits.defaults()));
  }

  /**
   * Reads and parses a file within the default {@link InputLimits}.
   *
   * @param path the file
   * @return the document, named by the path as given
   * @throws VmdpException naming the file when it cannot be read or is above a size limit
   */
  public static VmxDocument read(Path path) {
    return read(path, InputLimits.defaults());
  }

  /**
   * Reads and parses a file within the given limits.
   *
   * @param path the file
   * @param limits the size limits
   * @return the document, named by the path as given
   * @throws VmdpException naming the file when it cannot be read or is above a size limit
   */
  public static VmxDocument read(Path path, InputLimits limits) {
    FileSnapshot snapshot = FileSnapshot.read(path, limits);
    return CurrentInput.reading(snapshot.fileName(), () -> parseOwned(SnapshotBytes.of(snapshot), snapshot.fileName(), limits));
  }

  /** The file name given when the document was read; empty for in-memory input without one. */
  public String fileName() {
    return fileName;
  }

  /**
   * The encoding values are decoded with: the first {@code .encoding} entry's charset (VMware's
   * ICU names such as {@code windows-949-2000} included), else UTF-8, also when the declared name
   * is unknown (reported as VMDP605).
   */
  public Charset charset() {
    return charset;
  }

  /** Whether the file starts with a UTF-8 byte order mark (kept on write). */
  public boolean hasByteOrderMark() {
    return bom;
  }

  /** Which occurrence of a duplicated key {@link #get} and {@link #entry} read. */
  public DuplicatePolicy duplicatePolicy() {
    return policy;
  }

  /**
   * The same document read with another duplicate policy.
   *
   * @param newPolicy which occurrence of a duplicated key to use
   * @return a document sharing this one's lines
   */
  public VmxDocument withDuplicatePolicy(DuplicatePolicy newPolicy) {
    Objects.requireNonNull(newPolicy, "newPolicy");
    return newPolicy == policy ? this : new VmxDocument(fileName, bom, buf, table, newPolicy, limits);
  }

  /** The number of lines. */
  public int lineCount() {
    return lineCount;
  }

  /** Every line in file order, as new line objects (1-based line numbers of this document). */
  public List<VmxLine> lines() {
    List<VmxLine> out = new ArrayList<>(lineCount);
    for (int i = 0; i < lineCount; i++) {
      out.add(toLine(i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The decoded value of a key (case-insensitive), from the occurrence the duplicate policy
   * selects.
   *
   * @param key the key
   * @return the value, empty when the key is absent (a {@code key = ""} line gives "")
   */
  public Optional<String> get(String key) {
    int i = usedIndex(key);
    return i < 0 ? Optional.empty() : Optional.of(decodeValue(record(i)));
  }

  /**
   * The entry line of a key (case-insensitive) that the duplicate policy selects.
   *
   * @param key the key
   * @return the entry, empty when the key is absent
   */
  public Optional<VmxEntry> entry(String key) {
    int i = usedIndex(key);
    return i < 0 ? Optional.empty() : Optional.of((VmxEntry) toLine(i));
  }

  /**
   * Every occurrence of a key (case-insensitive), in file order.
   *
   * @param key the key
   * @return the entries; empty when the key is absent
   */
  public List<VmxEntry> entries(String key) {
    List<VmxEntry> out = new ArrayList<>(1);
    for (int i : indexesOf(key)) {
      out.add((VmxEntry) toLine(i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether a key (case-insensitive) is present, even with an empty value.
   *
   * @param key the key
   * @return true when at least one entry has that key
   */
  public boolean contains(String key) {
    return usedIndex(key) >= 0;
  }

  /** Every key once, in file order, spelled as at its first occurrence. */
  public List<String> keys() {
    Map<String, String> seen = new LinkedHashMap<>();
    for (int i = 0; i < lineCount; i++) {
      if (isEntry(i)) {
        String k = decodeKey(record(i));
        seen.putIfAbsent(asciiLower(k), k);
      }
    }
    return List.copyOf(seen.values());
  }

  /**
   * The keys that start with a prefix, ignoring case, in file order, spelled as at their first
   * occurrence.
   *
   * @param prefix for example {@code "pciPassthru0."}; an empty prefix gives every key
   * @return the keys
   */
  public List<String> keysWithPrefix(String prefix) {
    String lower = asciiLower(prefix);
    List<String> out = new ArrayList<>();
    for (String k : keys()) {
      if (asciiLower(k).startsWith(lower)) {
        out.add(k);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The problems found in the file: VMDP601 duplicate keys (naming the line used), VMDP602 lines
   * that are not entries, VMDP603 invalid escapes (at the {@code |}), VMDP604 unquoted values and
   * VMDP605 bytes not valid in the encoding (at the first such byte) or an unknown encoding.
   * Computed on first use.
   *
   * @return the diagnostics in line order; empty for a clean file
   */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> d = diagnostics;
    return d != null ? d : diagnostics(KeyLines.of(this));
  }

  /** The diagnostics, computed with the keys a caller already found ({@link KeyLines#of}). */
  List<Diagnostic> diagnostics(KeyLines keys) {
    List<Diagnostic> d = diagnostics;
    if (d == null) {
      d = VmxDiagnostics.compute(this, keys);
      diagnostics = d;
    }
    return d;
  }

  /**
   * Strict mode: fails on the first diagnostic of severity ERROR (VMDP605), else returns this
   * document.
   *
   * @return this document, when it has no ERROR diagnostic
   * @throws VmdpException located at the line and column, with the line's text
   */
  public VmxDocument requireNoErrors() {
    for (Diagnostic d : diagnostics()) {
      if (d.severity() == dev.vmdp.model.Severity.ERROR) {
        int line = d.location().map(dev.vmdp.model.SourceRef::line).orElse(1);
        String text = line <= lineCount ? toLine(line - 1).text() : null;
        throw new VmdpException(d.location().orElse(null), d.ruleId() + " " + d.message(), text, null);
      }
    }
    return this;
  }

  /**
   * Sets a key to a value. An existing key is rewritten in place on every line it occurs on
   * (keeping the key's spelling, the blanks around {@code =}, a trailing comment and the line
   * terminator; the value is written quoted and escaped as VMware does), and a line that already
   * holds this value in quotes is left untouched (the document's other lines keep their bytes). A
   * new key is inserted after the last line of its group (keys sharing the part before the first
   * {@code .}), else after the last line of the same stem with another number
   * ({@code pciPassthru0.*} for {@code pciPassthru1.*}), else at the end, with the file's dominant
   * line terminator. Setting {@code .encoding} changes how the existing bytes are read; it does not
   * transcode them. An edit that would make a line or the file larger than the {@link InputLimits}
   * the document was read within is refused, so the file can always be read again.
   *
   * @param key the key, case-insensitive for existing keys
   * @param value the value; any text the document's encoding can represent
   * @return the edited document (this one when nothing changes)
   * @throws VmdpException naming the key when it is not a valid key (empty, or holding NUL, blanks,
   *     {@code #}, {@code =}, {@code "} or a control character), the value cannot be encoded, or
   *     the edited line or file would be above the limits
   */
  public VmxDocument set(String key, String value) {
    Objects.requireNonNull(value, "value");
    VmxEdits.validateKey(key);
    byte[] keyBytes = encodeKey(key);
    byte[] escaped;
    try {
      escaped = VmxEscape.escape(value, charset);
    } catch (VmdpException e) {
      throw new VmdpException("cannot set " + key + ": " + e.getMessage(), e);
    }
    LineRecord[] edited = null;
    boolean found = false;
    for (int i = 0; i < lineCount; i++) {
      if (!isEntry(i) || !keyEqualsAt(i, keyBytes)) {
        continue;
      }
      found = true;
      LineRecord r = record(i);
      if (r.quoted() && decodeValue(r).equals(value)) {
        continue;
      }
      if (edited == null) {
        edited = records();
      }
      edited[i] = VmxEdits.rewriteValue(r, escaped);
    }
    if (!found) {
      edited = VmxEdits.insert(records(), keyBytes, escaped);
    }
    return edited == null ? this : VmxEdits.joined(this, edited, "cannot set " + key);
  }

  /**
   * Sets several keys, in the map's iteration order (use a {@link LinkedHashMap} to choose it).
   *
   * @param values keys and values
   * @return the edited document
   * @throws VmdpException naming the first key that is invalid or whose value cannot be encoded
   */
  public VmxDocument setAll(Map<String, String> values) {
    VmxDocument doc = this;
    for (Map.Entry<String, String> e : values.entrySet()) {
      doc = doc.set(e.getKey(), e.getValue());
    }
    return doc;
  }

  /**
   * Removes every line of a key (exact key, case-insensitive; {@code pciPassthru0} does not
   * remove {@code pciPassthru0.present}).
   *
   * @param key the key
   * @return the edited document, or this one when the key is absent
   */
  public VmxDocument remove(String key) {
    int[] idx = indexesOf(key);
    if (idx.length == 0) {
      return this;
    }
    LineRecord[] out = new LineRecord[lineCount - idx.length];
    int o = 0;
    int k = 0;
    for (int i = 0; i < lineCount; i++) {
      if (k < idx.length && idx[k] == i) {
        k++;
      } else {
        out[o++] = record(i);
      }
    }
    return VmxEdits.joined(this, out, "cannot remove " + key);
  }

  /**
   * The line edits that turn this document into another version of it, from a line diff: an entry
   * line written or inserted is {@code set KEY = "VALUE"} (key and value as written in the line),
   * a removed entry line {@code remove KEY}; other lines get the generic {@code add "TEXT"},
   * {@code replace line 7 with "TEXT"}, {@code remove line 7 "TEXT"}. Lines are numbered as in
   * this document, texts decoded with its {@link #charset()}.
   *
   * @param edited the other version, for example this document after {@link #set} or {@link #remove}
   * @return the edits in line order; empty when the documents have the same lines
   */
  public List<Edit> editsTo(VmxDocument edited) {
    Objects.requireNonNull(edited, "edited");
    return VmxEdits.between(this, edited);
  }

  /** The document's bytes: the parsed bytes unchanged where nothing was edited. */
  public byte[] toBytes() {
    return buf.clone();
  }

  /**
   * Writes the document's bytes to a stream (the stream is not closed).
   *
   * @param out the stream
   * @throws IOException when the stream fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buf);
  }

  /** Renders as {@code VmxDocument[name, N lines, charset]}. */
  @Override
  public String toString() {
    return "VmxDocument[" + fileName + ", " + lineCount + " lines, " + charset.name() + "]";
  }

  // ---- package-private access for diagnostics and edits ----

  /** Where each line, key and value is. */
  LineTable table() {
    return table;
  }

  /** The limits the document was read within; an edit never makes a file above them. */
  InputLimits limits() {
    return limits;
  }

  /** The document's bytes themselves, not a copy: for reading only. */
  byte[] bytesUnsafe() {
    return buf;
  }

  /** Every line's record, made afresh (the document keeps only its line table). */
  LineRecord[] records() {
    LineRecord[] out = new LineRecord[lineCount];
    int start = firstLineStart();
    for (int i = 0; i < lineCount; i++) {
      out[i] = LineRecord.of(buf, table, i, start);
      start = table.get(i, LineRecord.END);
    }
    return out;
  }

  /** Where the first line starts: after a byte order mark, if any. */
  int firstLineStart() {
    return bom ? 3 : 0;
  }

  /** Where the line at a 0-based index starts. */
  int lineStart(int i) {
    return table.start(i, firstLineStart());
  }

  /** The record of the line at a 0-based index. */
  LineRecord record(int i) {
    return LineRecord.of(buf, table, i, lineStart(i));
  }

  /** Whether the line at a 0-based index is an entry. */
  boolean isEntry(int i) {
    return table.get(i, LineRecord.KIND) == LineRecord.ENTRY;
  }

  /** The entry at a 0-based line index, which must be an entry line (for the binding's lookups). */
  VmxEntry entryAt(int index) {
    return (VmxEntry) toLine(index);
  }

  String unknownEncoding() {
    return unknownEncoding;
  }

  String decodeKey(LineRecord r) {
    return decode(r.buf, r.keyStart, r.keyEnd - r.keyStart);
  }

  /**
   * The key of every entry line in ASCII lower case (null for other lines), made afresh: the
   * binding and the diagnostics share one array rather than the document keeping it.
   */
  String[] lowerKeys() {
    String[] out = new String[lineCount];
    for (int i = 0; i < lineCount; i++) {
      if (isEntry(i)) {
        out[i] = lowerKey(i);
      }
    }
    return out;
  }

  /** The key of the entry at a 0-based index in ASCII lower case (one shared string per ASCII spelling). */
  String lowerKey(int i) {
    String key = LowerKeys.of(buf, table.get(i, LineRecord.KEY_START), table.get(i, LineRecord.KEY_END),
        table.get(i, LineRecord.KEY_HASH));
    return key != null ? key : asciiLower(decodeKey(record(i)));
  }

  /** The key of the entry at a 0-based index, as written. */
  String decodeKeyAt(int i) {
    int keyStart = table.get(i, LineRecord.KEY_START);
    return decode(buf, keyStart, table.get(i, LineRecord.KEY_END) - keyStart);
  }

  /** The decoded value of the entry at a 0-based index. */
  String decodeValueAt(int i) {
    // From the line table, without a record object: the binding reads a value this way for every key it binds.
    int start = table.get(i, LineRecord.VALUE_START);
    int end = table.get(i, LineRecord.VALUE_END);
    if (LineRecord.quoted(buf, start, end)) {
      start++;
      end--;
    }
    return VmxEscape.decodeValue(buf, start, end - start, charset);
  }

  String decodeValue(LineRecord r) {
    return VmxEscape.decodeValue(r.buf, r.innerStart(), r.innerEnd() - r.innerStart(), charset);
  }

  /** Text of the document's bytes in its charset (ISO-8859-1 when they are ASCII, the fast path). */
  String decode(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (b[i] < 0) {
        return new String(b, off, len, charset);
      }
    }
    return new String(b, off, len, StandardCharsets.ISO_8859_1);
  }

  private VmxLine toLine(int i) {
    LineRecord r = record(i);
    byte[] raw = Arrays.copyOfRange(r.buf, r.start, r.contentEnd);
    LineTerminator t = r.terminator();
    switch (r.kind) {
      case LineRecord.BLANK -> {
        return new VmxBlank(i + 1, raw, t, charset);
      }
      case LineRecord.COMMENT -> {
        return new VmxComment(i + 1, raw, t, charset);
      }
      case LineRecord.ENTRY -> {
        String comment = r.commentStart < 0 ? null : decode(r.buf, r.commentStart, r.contentEnd - r.commentStart);
        return new VmxEntry(i + 1, raw, t, charset, decodeKey(r),
            decode(r.buf, r.valueStart, r.valueEnd - r.valueStart), r.quoted(),
            VmxEscape.unescape(r.buf, r.innerStart(), r.innerEnd() - r.innerStart()), comment);
      }
      default -> {
        return new VmxOther(i + 1, raw, t, charset);
      }
    }
  }

  private byte[] encodeKey(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 0x80) {
        try {
          return VmxEscape.encode(key, charset);
        } catch (VmdpException e) {
          throw new VmdpException("invalid key '" + key + "': " + e.getMessage(), e);
        }
      }
    }
    return key.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Key bytes for a lookup, or null when the key cannot occur in this document. */
  private byte[] lookupKey(String key) {
    Objects.requireNonNull(key, "key");
    try {
      return encodeKey(key);
    } catch (VmdpException e) {
      return null;
    }
  }

  /** Whether the line at a 0-based index is an entry whose key equals {@code key}, ignoring ASCII case. */
  private boolean keyEqualsAt(int i, byte[] key) {
    return table.get(i, LineRecord.KIND) == LineRecord.ENTRY
        && keyEquals(buf, table.get(i, LineRecord.KEY_START), table.get(i, LineRecord.KEY_END), key);
  }

  /** Whether {@code b[start, end)} equals {@code key}, ignoring ASCII case. */
  static boolean keyEquals(byte[] b, int start, int end, byte[] key) {
    if (end - start != key.length) {
      return false;
    }
    byte[] lower = VmxParser.LOWER;
    for (int j = 0; j < key.length; j++) {
      if (b[start + j] != key[j] && lower[b[start + j] & 0xFF] != lower[key[j] & 0xFF]) {
        return false;
      }
    }
    return true;
  }

  private int firstIndexOf(byte[] key) {
    for (int i = 0; i < lineCount; i++) {
      if (keyEqualsAt(i, key)) {
        return i;
      }
    }
    return -1;
  }

  private int usedIndex(String key) {
    byte[] k = lookupKey(key);
    if (k == null) {
      return -1;
    }
    if (policy == DuplicatePolicy.FIRST) {
      return firstIndexOf(k);
    }
    for (int i = lineCount - 1; i >= 0; i--) {
      if (keyEqualsAt(i, k)) {
        return i;
      }
    }
    return -1;
  }

  private int[] indexesOf(String key) {
    byte[] k = lookupKey(key);
    if (k == null) {
      return new int[0];
    }
    int[] out = new int[0];
    for (int i = 0; i < lineCount; i++) {
      if (keyEqualsAt(i, k)) {
        out = Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = i;
      }
    }
    return out;
  }

  static String asciiLower(String s) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = (char) (ch + 32);
      }
    }
    return c == null ? s : new String(c);
  }
}
