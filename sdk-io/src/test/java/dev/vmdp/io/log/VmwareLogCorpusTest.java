package dev.vmdp.io.log;

import dev.vmdp.model.log.LogFormat;
import dev.vmdp.model.log.LogLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Conformance over {@code ../shared/corpus/vmware-log}; skipped when the corpus is absent. */
class VmwareLogCorpusTest {

  private static List<Path> logs() throws IOException {
    Path dir = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus", "vmware-log");
    Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/corpus not found: skipping vmware.log conformance");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".log")).sorted().toList();
    }
  }

  private static long newlines(Path f) throws IOException {
    long n = 0;
    byte[] bytes = Files.readAllBytes(f);
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n + (bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? 1 : 0);
  }

  @Test
  void everyCorpusLogReadsWithOneValuePerLine() throws IOException {
    List<Path> files = logs();
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      List<LogLine> lines;
      try (Stream<LogLine> s = VmwareLogReader.lines(f)) {
        lines = s.toList();
      }
      assertThat(lines).as(f.toString()).hasSize((int) newlines(f));
      assertThat(lines).as(f.toString()).noneMatch(LogLine::truncated);
      assertThat(lines).as(f.toString()).noneMatch(l -> l.text().endsWith("\r"));
    }
  }

  @Test
  void everyStampedCorpusLineHasAParsedTimestampThreadAndLevel() throws IOException {
    for (Path f : logs()) {
      Map<LogFormat, Long> formats;
      try (Stream<LogLine> s = VmwareLogReader.lines(f)) {
        formats = s.peek(l -> {
          if (l.format() != LogFormat.UNSTAMPED) {
            assertThat(l.timestamp()).as(l.toString()).isPresent();
            assertThat(l.thread()).as(l.toString()).isPresent();
            assertThat(l.level()).as(l.toString()).isPresent();
          }
        }).collect(Collectors.groupingBy(LogLine::format, Collectors.counting()));
      }
      if (f.getFileName().toString().startsWith("dareoke")) {
        assertThat(formats).as(f.toString()).containsOnlyKeys(LogFormat.UNSTAMPED);
      } else {
        assertThat(formats).as(f.toString()).doesNotContainKey(LogFormat.UNSTAMPED);
      }
    }
  }

  @Test
  void oldAndNewFormatsAreBothPresent() throws IOException {
    Map<LogFormat, Long> all = logs().stream().flatMap(f -> {
      try (Stream<LogLine> s = VmwareLogReader.lines(f)) {
        return s.map(LogLine::format).toList().stream();
      }
    }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(all).containsKeys(LogFormat.PIPE_SEPARATED, LogFormat.SPACE_SEPARATED);
  }
}
