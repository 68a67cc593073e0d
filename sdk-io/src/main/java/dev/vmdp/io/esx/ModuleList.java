package dev.vmdp.io.esx;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The VMkernel modules loaded on a host, read from {@code esxcfg-module --list} (service
 * console) or {@code vicfg-module.pl --list} (vSphere CLI) output.
 *
 * <pre>{@code
 * ModuleList modules = ModuleList.read(Path.of("modules.txt"));
 * Optional<LoadedModule> proof = IommuModules.defaults().proofIn(modules);   // vtddmar, line 14
 * modules.notes().forEach(System.out::println);                              // modules.txt:3:1: ...
 * }</pre>
 *
 * <p>Reading is lenient: a header line ({@code Name  Used Size (kb)}, or {@code Name  Is Loaded
 * Is Enabled} from {@code esxcli system module list}) and lines of dashes are skipped; a module
 * line is a name followed by numbers (use count, size) or {@code true}/{@code false} flags, or a
 * bare name. A line whose second field is {@code false} ({@code esxcli}'s "Is Loaded") lists a
 * module that is not loaded. Any other line becomes a {@link ReadNote} in {@link #notes()}. A
 * module listed twice counts once, at its first line.
 *
 * <p>Text that is not a module list is refused with its place rather than read as an empty list:
 * text whose lines show another host format ({@code FILE:LINE:1: not a module list
 * (esxcfg-module --list): this is lspci output}), and text with neither a header nor a single
 * module line. An empty input, or a header alone, is an empty list.
 */
public final class ModuleList {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");
  private static final Pattern BLANKS = Pattern.compile("[ \t]+");
  private static final String NOT_A_MODULE_LIST = "not a module list (esxcfg-module --list)";

  private final String fileName;
  private final List<LoadedModule> modules;
  private final Map<String, LoadedModule> byName;
  private final List<ReadNote> notes;

  private ModuleList(String fileName, List<LoadedModule> modules, List<ReadNote> notes) {
    this.fileName = fileName;
    this.modules = List.copyOf(modules);
    Map<String, LoadedModule> map = new LinkedHashMap<>();
    modules.forEach(m -> map.put(m.name(), m));
    this.byName = map;
    this.notes = List.copyOf(notes);
  }

  /**
   * Reads module list output from text (as its UTF-8 bytes).
   *
   * @param text the command's output
   * @param fileName the file as the user named it, used in locations (may be empty, not null)
   * @return the list
   * @throws dev.vmdp.model.VmdpException when the text is above 16 MiB or a line above 1 MiB, or
   *     it is not a module list
   */
  public static ModuleList parse(String text, String fileName) {
    Objects.requireNonNull(text, "text");
    return parse(text.getBytes(StandardCharsets.UTF_8), fileName);
  }

  /**
   * Reads module list output from bytes, decoded as UTF-8 (undecodable bytes become U+FFFD).
   *
   * @param bytes the command's output
   * @param fileName the file as the user named it (may be empty, not null)
   * @return the list
   * @throws dev.vmdp.model.VmdpException when the input is above 16 MiB or a line above 1 MiB, or
   *     it is not a module list
   */
  public static ModuleList parse(byte[] bytes, String fileName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fileName, "fileName");
    List<String> lines = TextFormats.readerLines(bytes, fileName, TextFormats.Format.MODULE_LIST, NOT_A_MODULE_LIST);
    boolean header = false;
    boolean listed = false;
    int firstProblem = -1;
    List<LoadedModule> modules = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<ReadNote> notes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String trimmed = lines.get(i).strip();
      if (trimmed.isEmpty() || trimmed.chars().allMatch(c -> c == '-' || c == ' ' || c == '\t')) {
        continue;
      }
      String[] f = BLANKS.split(trimmed);
      if (isHeader(f)) {
        header = true;
        continue;
      }
      String why = problem(f);
      if (why != null) {
        notes.add(new ReadNote(SourceRef.of(fileName, number, 1), why));
        firstProblem = firstProblem < 0 ? i : firstProblem;
        continue;
      }
      boolean notLoaded = f.length > 1 && f[1].equalsIgnoreCase("false");
      if (!notLoaded && seen.add(f[0])) {
        modules.add(LoadedModule.builder().name(f[0]).source(SourceRef.of(fileName, number)).build());
      }
      listed = true;
    }
    if (!listed && !header && firstProblem >= 0) {
      // Not one module line and no header: some other text, not an empty list.
      throw TextFormats.refusal(fileName, lines, firstProblem, NOT_A_MODULE_LIST
          + ": no line is a module name (with its use count and size, or true/false flags)");
    }
    return new ModuleList(fileName, modules, notes);
  }

  /**
   * Reads module list output from a file.
   *
   * @param path the file
   * @return the list, locations named by {@code path.toString()}
   * @throws dev.vmdp.model.VmdpException {@code file:1:1: cannot read file: ...} when the file
   *     cannot be read, {@code file:1:1: not a regular file ...} for a directory, FIFO or device,
   *     or when it is above 16 MiB or a line above 1 MiB
   */
  public static ModuleList read(Path path) {
    return parse(FileSnapshot.read(path).bytes(), path.toString());
  }

  private static boolean isHeader(String[] f) {
    String first = f[0].toLowerCase(Locale.ROOT);
    return (first.equals("name") || first.equals("module")) && f.length > 1 && !NUMBER.matcher(f[1]).matches()
        && !f[1].equalsIgnoreCase("true") && !f[1].equalsIgnoreCase("false");
  }

  /** Why the fields are not a module line, or null when they are. */
  private static String problem(String[] f) {
    if (!NAME.matcher(f[0]).matches()) {
      return "not a module line: '" + f[0] + "' is not a module name";
    }
    for (int i = 1; i < f.length; i++) {
      boolean flag = f[i].equalsIgnoreCase("true") || f[i].equalsIgnoreCase("false");
      if (!flag && !NUMBER.matcher(f[i]).matches()) {
        return "not a module line: '" + f[i] + "' after the name is neither a number nor true/false";
      }
    }
    return null;
  }

  /** The file name given when the list was read. */
  public String fileName() {
    return fileName;
  }

  /** The loaded modules in the order listed, each once. */
  public List<LoadedModule> modules() {
    return modules;
  }

  /** The names of the loaded modules, in the order listed. */
  public Set<String> names() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(byName.keySet()));
  }

  /**
   * One loaded module.
   *
   * @param name the module name, exactly as listed
   * @return the module, or empty when the list does not show it loaded
   */
  public Optional<LoadedModule> module(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Lines that were neither a header, a separator, blank, nor a module line, each at its line and
   * column 1; empty when all were read.
   */
  public List<ReadNote> notes() {
    return notes;
  }
}
