package dev.vmdp.io.lspci;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.io.lspci.internal.DraftFunction;
import dev.vmdp.io.lspci.internal.DraftMapper;
import dev.vmdp.io.lspci.internal.LspciMachineParser;
import dev.vmdp.io.lspci.internal.LspciParse;
import dev.vmdp.io.lspci.internal.LspciParser;
import dev.vmdp.io.lspci.internal.LspciTreeParser;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code lspci} output in every form vmdp knows: {@code lspci}, {@code -n}, {@code -nn},
 * {@code -D}, {@code -v}, {@code -vv}, {@code -vvv} (with or without names), hex dumps
 * ({@code -x}/{@code -xxx}), the old {@code Class 0200:} form, ESXi's {@code lspci} with
 * {@code [vmnic0]} names (and the {@code Class 0200: 14e4:16d8} line its {@code -v} adds), the
 * machine-readable {@code -vmm} (with or without {@code -n}/{@code -nn}), and the trees of
 * {@code -t}, {@code -tv}, {@code -tvnn}.
 *
 * <pre>{@code
 * LspciView view = LspciReader.read(Path.of("esx01-lspci-nnvvv.txt"));
 * for (PciFunction f : view.functions()) {
 *   System.out.println(f.address() + " FLR " + f.flr().map(String::valueOf).orElse("not shown"));
 * }
 * }</pre>
 *
 * <p>The reader is lenient about single lines (they become {@link ReadNote}s) and about output
 * that contradicts itself (a function listed twice, in a list or a tree, is read from its later
 * listing, with a note), but refuses input that holds no PCI function at all, so a wrong file is
 * not mistaken for an empty machine, and input whose lines show another host format (ESXi's
 * {@code lspci -p}, {@code esxcli hardware pci list}, a module list...), which it would otherwise
 * half-read: {@code FILE:LINE:1: not lspci output: this is ESXi lspci -p output}.
 */
public final class LspciReader {
  private LspciReader() {}

  /**
   * Reads a file of lspci output.
   *
   * @param file the file
   * @return the view
   * @throws VmdpException {@code file:1:1: cannot read file: ...} when the file cannot be read,
   *     {@code file:1:1: not a regular file ...} for a directory, FIFO or device, or {@code file:
   *     message} when it is above 16 MiB, a line is above 1 MiB or it holds no lspci output
   */
  public static LspciView read(Path file) {
    return parse(FileSnapshot.read(file).bytes(), file.toString());
  }

  /**
   * Parses lspci output held in memory. Bytes that are not UTF-8 become U+FFFD in names.
   *
   * @param bytes the output
   * @param fileName the name to use in messages
   * @return the view
   * @throws VmdpException when the input is above 16 MiB, a line is above 1 MiB, or it holds no
   *     PCI function
   */
  public static LspciView parse(byte[] bytes, String fileName) {
    // Another format's lines (ESXi's lspci -p, esxcli) would half-read as functions without facts.
    List<String> lines = TextFormats.readerLines(bytes, fileName, TextFormats.Format.LSPCI, "not lspci output");
    boolean tree = LspciTreeParser.looksLikeTree(lines);
    boolean machine = !tree && LspciMachineParser.looksLikeMachineView(lines);
    LspciParse parse = tree ? LspciTreeParser.parse(lines, fileName)
        : machine ? LspciMachineParser.parse(lines, fileName) : new LspciParser(fileName).parse(lines);
    if (parse.functions().isEmpty()) {
      int first = firstNonBlank(lines);
      if (first < 0) {
        throw new VmdpException(SourceRef.of(fileName, 1), "empty: no lspci output", null, null);
      }
      throw new VmdpException(SourceRef.of(fileName, first + 1, 1),
          "not lspci output: no line starts with a PCI address such as 03:00.0", lines.get(first), null);
    }
    List<ReadNote> notes = new ArrayList<>(parse.notes());
    List<PciFunction> functions = new ArrayList<>();
    Map<PciAddress, Integer> where = new HashMap<>();
    for (DraftFunction d : parse.functions()) {
      SourceRef at = SourceRef.of(fileName, d.line);
      PciFunction f;
      try {
        f = DraftMapper.toModel(d, m -> notes.add(new ReadNote(at, m)));
      } catch (IllegalStateException | IllegalArgumentException | VmdpException e) {
        // What the output says of the function contradicts itself beyond one fact: leave it out.
        notes.add(new ReadNote(at, "function left out: " + e.getMessage()));
        continue;
      }
      functions.add(f);
      where.put(f.address(), d.line);
    }
    if (functions.isEmpty()) {
      throw new VmdpException(notes.get(notes.size() - 1).location(),
          "no PCI function could be read: " + notes.get(notes.size() - 1).message(), null, null);
    }
    LspciView.Form form = tree ? LspciView.Form.TREE : machine ? LspciView.Form.MACHINE : LspciView.Form.LIST;
    return new LspciView(fileName, form, functions, notes, where);
  }

  /**
   * Parses lspci output held in a string (as its UTF-8 bytes).
   *
   * @param text the output
   * @param fileName the name to use in messages
   * @return the view
   * @throws VmdpException when the text is above 16 MiB, a line is above 1 MiB, or it holds no
   *     PCI function
   */
  public static LspciView parse(String text, String fileName) {
    return parse(text.getBytes(StandardCharsets.UTF_8), fileName);
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
