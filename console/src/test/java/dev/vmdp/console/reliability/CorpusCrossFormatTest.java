package dev.vmdp.console.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every file of the shared corpus (real VMX files, lspci and esxcli output, passthru.map files,
 * vmware.log files and the expected-value documents) given to every reading command, whatever its
 * format: real files of the wrong kind are the most realistic bad input. Each run exits 0, 1 or
 * 2, exit 2 is one placed line naming the file, nothing prints a trace, and {@code vmx cat} gives
 * every file back byte for byte. Skipped when {@code ../shared/corpus} is absent.
 */
class CorpusCrossFormatTest {
  private static final List<List<String>> COMMANDS = List.of(
      List.of("check", "--esx", "6.7", "FILE"),
      List.of("check", "--lspci", "FILE"),
      List.of("check", "--pci-list", "FILE"),
      List.of("check", "--map", "FILE"),
      List.of("check", "--esx-conf", "FILE"),
      List.of("check", "--modules", "FILE"),
      List.of("map", "check", "FILE"),
      List.of("explain", "--log", "FILE"));

  @Test
  @Timeout(600)
  void everyCorpusFileThroughEveryReaderExitsCleanly() throws IOException {
    Path corpus = Path.of(System.getProperty("vmdp.shared.dir", "../shared")).resolve("corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus not found: skipping the corpus cross-format run");
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    int runs = 0;
    for (Path file : files) {
      Cli.Result cat = Cli.vmdp("vmx", "cat", file.toString());
      assertThat(cat.code()).as("vmx cat %s: %s", file, cat.err()).isZero();
      assertThat(cat.outBytes()).as("vmx cat %s", file).isEqualTo(Files.readAllBytes(file));
      for (List<String> command : COMMANDS) {
        String[] line = command.stream().map(a -> a.equals("FILE") ? file.toString() : a).toArray(String[]::new);
        Cli.Result r = Cli.vmdp(line);
        runs++;
        String what = String.join(" ", line);
        assertThat(r.code()).as(what + ": " + r.err()).isBetween(0, 2);
        CliBadInputTest.assertNoTrace(r);
        if (r.code() == 2) {
          assertThat(r.errLines()).as(what).hasSize(1);
          assertThat(r.errLines().get(0)).as(what).matches(CliBadInputTest.placed(file));
        }
      }
    }
    assertThat(runs).isEqualTo(files.size() * COMMANDS.size());
  }
}
