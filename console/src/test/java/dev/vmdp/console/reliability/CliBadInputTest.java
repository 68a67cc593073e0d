package dev.vmdp.console.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CLI command that reads a file, given every bad input of {@link BadInput}: the exit code is
 * the one in {@link #EXPECTED}; exit 2 comes with one stderr line {@code FILE[:LINE[:COL]]: message}
 * naming the file; exit 1 names the file in a finding or a placed message; nothing prints a stack
 * trace or an internal error. The {@code @Timeout} is a hang guard only, not a performance claim.
 */
class CliBadInputTest {
  /**
   * Expected exit codes: one row per command, one column per bad input in {@link BadInput} order
   * (MISSING FOLDER EMPTY BINARY NUL_BYTES INVALID_UTF8 WRONG_ENCODING LONG_LINE OVERSIZE TRUNCATED).
   * Readers of host output (lspci, esxcli) refuse input without a single PCI function; the lossless
   * readers (vmx, passthru.map) keep what they cannot read and report it as a finding; esx.conf and
   * module lists keep odd lines too, but refuse text that is not their format at all (binary noise:
   * no esx.conf key, no module line). vmware.log is streamed line by line (a line is cut at 1 MiB), so size is no refusal.
   * A folder given to {@code check} as a VMX is a folder of VMs; one without any .vmx is refused.
   */
  static final String EXPECTED = """
      CHECK_VMX        2 2 0 1 0 1 1 2 2 1
      CHECK_LSPCI      2 2 2 2 2 2 0 2 2 0
      CHECK_PCI_LIST   2 2 2 2 2 2 0 2 2 0
      CHECK_MAP        2 2 0 1 1 1 1 2 2 1
      CHECK_ESX_CONF   2 2 0 2 0 1 1 2 2 0
      CHECK_MODULES    2 2 1 2 1 1 0 2 2 0
      CHECK_JSON       2 2 0 1 0 1 1 2 2 1
      VMX_CAT          2 2 0 0 0 0 0 2 2 0
      VMX_GET          2 2 1 1 1 1 0 2 2 0
      VMX_SET          2 2 0 0 0 0 0 2 2 0
      VMX_UNSET        2 2 0 0 0 0 0 2 2 0
      VMX_DEVICES      2 2 0 0 0 0 0 2 2 0
      MAP_CAT          2 2 0 0 0 0 0 2 2 0
      MAP_CHECK        2 2 0 1 1 1 1 2 2 1
      MAP_CHECK_LSPCI  2 2 2 2 2 2 0 2 2 0
      EXPLAIN_LOG      2 2 0 0 0 0 0 0 0 0
      RUN              2 2 0 2 0 2 1 1 2 1
      """;

  private static final Map<String, Integer> CODES = parse(EXPECTED);

  @TempDir
  Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (CommandUnderTest c : CommandUnderTest.values()) {
      for (BadInput b : BadInput.values()) {
        cases.add(Arguments.of(c, b));
      }
    }
    return cases.stream();
  }

  @Test
  void theTableCoversEveryCommandAndEveryBadInput() {
    assertThat(CODES).hasSize(CommandUnderTest.values().length * BadInput.values().length);
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("cases")
  @Timeout(60)
  void exitsWithTheDocumentedCodeAndNamesTheFileWithoutAStackTrace(CommandUnderTest command, BadInput bad)
      throws Exception {
    Path file = bad.create(dir, command.valid, command.extension);
    Cli.Result r = Cli.vmdp(command.line(file, dir));
    assertThat(r.code()).as("%s with %s (%s); stderr: %s", command.display(), bad, bad.description, r.err())
        .isEqualTo(CODES.get(command + " " + bad));
    assertNoTrace(r);
    if (r.code() == 2) {
      assertThat(r.errLines()).as(r.err()).hasSize(1);
      assertThat(r.errLines().get(0)).matches(placed(file));
    } else if (r.code() == 1) {
      // A host known from one file is named after the file, without its folders (short subjects).
      assertThat(r.all()).as("exit 1 names the file").contains(file.getFileName().toString());
    }
  }

  @Test
  @Timeout(60)
  void aHugeFileIsRefusedByItsSizeBeforeItIsRead() throws Exception {
    // A sparse 3 GiB file: reading it whole would need a byte array larger than Java allows (an
    // OutOfMemoryError, printed as an internal error), so a clean refusal quoting the size shows
    // that the size was checked before anything was read.
    long huge = 3L << 30;
    for (CommandUnderTest c : List.of(CommandUnderTest.CHECK_VMX, CommandUnderTest.CHECK_LSPCI,
        CommandUnderTest.CHECK_PCI_LIST, CommandUnderTest.CHECK_MAP, CommandUnderTest.CHECK_MODULES,
        CommandUnderTest.CHECK_ESX_CONF, CommandUnderTest.MAP_CAT, CommandUnderTest.VMX_SET, CommandUnderTest.RUN)) {
      Path file = dir.resolve("huge-" + c.name() + c.extension);
      try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
        f.setLength(huge);
      }
      Cli.Result r = Cli.vmdp(c.line(file, dir));
      assertThat(r.code()).as(c.display() + ": " + r.err()).isEqualTo(2);
      assertNoTrace(r);
      assertThat(r.err()).as(c.display()).matches(placed(file).pattern() + "\\n").contains(String.valueOf(huge));
      Files.delete(file);
    }
  }

  static void assertNoTrace(Cli.Result r) {
    assertThat(r.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at dev.vmdp.")
        .doesNotContain("internal error").doesNotContain("VMDP_DEBUG");
  }

  static Pattern placed(Path file) {
    return Pattern.compile("^" + Pattern.quote(file.toString()) + "(:\\d+(:\\d+)?)?: .+");
  }

  private static Map<String, Integer> parse(String table) {
    Map<String, Integer> codes = new HashMap<>();
    BadInput[] inputs = BadInput.values();
    for (String row : table.strip().split("\n")) {
      String[] f = row.strip().split("\\s+");
      if (f.length != inputs.length + 1) {
        throw new IllegalStateException("row needs " + inputs.length + " codes: " + row);
      }
      for (int i = 0; i < inputs.length; i++) {
        codes.put(CommandUnderTest.valueOf(f[0]) + " " + inputs[i], Integer.parseInt(f[i + 1]));
      }
    }
    return codes;
  }
}
