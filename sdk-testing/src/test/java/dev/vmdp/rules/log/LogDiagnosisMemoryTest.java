package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.Vmdp;
import dev.vmdp.rules.Report;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: {@code explain --log} kept every line (a 100 MB log took about 970 MB of heap). A log
 * of 120 MB is diagnosed here in a JVM limited to 64 MB of heap.
 */
class LogDiagnosisMemoryTest {

  /** Runs in the child JVM: diagnoses the log and prints the rule IDs found. */
  public static void main(String[] args) {
    Report r = Vmdp.diagnoseLog(Path.of(args[0]));
    r.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.location().orElseThrow().line()));
  }

  @Test
  void aLargeLogIsDiagnosedIn64MbOfHeap() throws Exception {
    Path log = Files.createTempFile("vmdp-large", ".log");
    log.toFile().deleteOnExit();
    long lines = 0;
    try (BufferedWriter w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String noise = "2023-05-11T08:21:40.118Z In(05) vcpu-0 MonTimer: APIC timer rate 1000000 Hz, period 1000 ns,"
          + " nothing to see here, just a line of the kind a busy VM writes all day long\n";
      while (lines * noise.length() < 120L << 20) {
        if (lines == 500_000) {
          w.write("2023-05-11T08:21:40.118Z In(05) vmx PCIPassthru: 0000:03:00.0 caused an IOMMU fault type 6\n");
        } else {
          w.write(noise);
        }
        lines++;
      }
    }
    assertThat(Files.size(log)).isGreaterThan(100L << 20);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        LogDiagnosisMemoryTest.class.getName(), log.toString())).redirectErrorStream(true).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.strip()).isEqualTo("VMDP707 500001");
    Files.delete(log);
  }
}
