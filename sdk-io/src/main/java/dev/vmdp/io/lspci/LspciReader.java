package dev.vmdp.io.lspci;

import dev.vmdp.io.ReadNote;
import dev.vmdp.io.lspci.internal.DraftFunction;
import dev.vmdp.io.lspci.internal.DraftMapper;
import dev.vmdp.io.lspci.internal.LspciNote;
import dev.vmdp.io.lspci.internal.LspciParse;
import dev.vmdp.io.lspci.internal.LspciParser;
import dev.vmdp.io.lspci.internal.LspciTreeParser;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code lspci} output in every form vmdp knows: {@code lspci}, {@code -n}, {@code -nn},
 * {@code -D}, {@code -v}, {@code -vv}, {@code -vvv} (with or without names), hex dumps
 * ({@code -x}/{@code -xxx}), the old {@code Class 0200:} form, ESXi's {@code lspci} with
 * {@code [vmnic0]} names, and the trees of {@code -t}, {@code -tv}, {@code -tvnn}.
 *
 * <pre>{@code
 * LspciView view = LspciReader.read(Path.of("esx01-lspci-nnvvv.txt"));
 * for (PciFunction f : view.functions()) {
 *   System.out.println(f.address() + " FLR " + f.flr().map(String::valueOf).orElse("not shown"));
 * }
 * }</pre>
 *
 * <p>The reader is lenient about single lines (they become {@link ReadNote}s) but refuses input
 * that holds no PCI function at all, so a wrong file is not mistaken for an empty machine.
 */
public final class LspciReader {
  /** Largest file read (16 MiB). */
  public static final long MAX_FILE_BYTES = 16L << 20;
  /** Longest line read (1 MiB). */
  public static final int MAX_LINE_CHARS = 1 << 20;

  private LspciReader() {}

  /**
   * Reads a file of lspci output.
   *
   * @param file the file
   * @return the view
   * @throws VmdpException {@code file: message} when the file cannot be read, is too large, or
   *     holds no lspci output
   */
  public static LspciView read(Path file) {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new VmdpException(name + ": is a directory, not lspci output");
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new VmdpException(name + ": file too large for lspci output (" + size + " bytes; the limit is "
            + MAX_FILE_BYTES + ")");
      }
      return parse(Files.readAllBytes(file), name);
    } catch (NoSuchFileException e) {
      throw new VmdpException(name + ": no such file", e);
    } catch (IOException e) {
      throw new VmdpException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Parses lspci output held in memory. Bytes that are not UTF-8 become U+FFFD in names.
   *
   * @param bytes the output
   * @param fileName the name to use in messages
   * @return the view
   * @throws VmdpException when the input is too large or holds no PCI function
   */
  public static LspciView parse(byte[] bytes, String fileName) {
    if (bytes.length > MAX_FILE_BYTES) {
      throw new VmdpException(fileName + ": input too large for lspci output (" + bytes.length + " bytes)");
    }
    return parse(new String(bytes, StandardCharsets.UTF_8), fileName);
  }

  /**
   * Parses lspci output held in a string.
   *
   * @param text the output
   * @param fileName the name to use in messages
   * @return the view
   * @throws VmdpException when a line is too long or the text holds no PCI function
   */
  public static LspciView parse(String text, String fileName) {
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length() > MAX_LINE_CHARS) {
        throw new VmdpException(SourceRef.of(fileName, i + 1), "line too long for lspci output ("
            + lines.get(i).length() + " characters; the limit is " + MAX_LINE_CHARS + ")", null, null);
      }
    }
    boolean tree = LspciTreeParser.looksLikeTree(lines);
    LspciParse parse = tree ? LspciTreeParser.parse(lines) : new LspciParser().parse(lines);
    if (parse.functions().isEmpty()) {
      int first = firstNonBlank(lines);
      if (first < 0) {
        throw new VmdpException(SourceRef.of(fileName, 1), "empty: no lspci output", null, null);
      }
      throw new VmdpException(SourceRef.of(fileName, first + 1, 1),
          "not lspci output: no line starts with a PCI address such as 03:00.0", lines.get(first), null);
    }
    List<ReadNote> notes = new ArrayList<>();
    for (LspciNote n : parse.notes()) {
      notes.add(new ReadNote(SourceRef.of(fileName, n.line()), n.message()));
    }
    List<PciFunction> functions = new ArrayList<>();
    Map<PciAddress, Integer> where = new HashMap<>();
    for (DraftFunction d : parse.functions()) {
      PciFunction f = DraftMapper.toModel(d, m -> notes.add(new ReadNote(SourceRef.of(fileName, d.line), m)));
      functions.add(f);
      where.put(f.address(), d.line);
    }
    return new LspciView(fileName, tree ? LspciView.Form.TREE : LspciView.Form.LIST, functions, notes, where);
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The lines of a text split at {@code \r\n}, {@code \n} or {@code \r}, trailing empty ones
   * kept (as {@code text.split("\r\n|\n|\r", -1)}, without a regular expression: the split took
   * 40% of the parse).
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>(text.length() / 40 + 1);
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }
}
