package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.GuideSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's SDK block is {@link ReadmeExample} from its first import to its last brace
 * (GettingStartedDocTest compares the block with the tagged region, so the block compiles in
 * every build, imports included); here it runs as a newcomer runs it: in its own JVM, in a folder
 * where {@code vmdp example vmx > rhel3.vmx} put the guide's sample.
 */
class ReadmeExampleTest {
  @TempDir
  Path dir;

  @Test
  void runsInAFolderHoldingTheSampleVmx() throws Exception {
    Files.write(dir.resolve("rhel3.vmx"), GuideSample.vmx());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        ReadmeExample.class.getName())).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    // in memory: the rhel3 guest drives 03:00.0 in IOAPIC mode but the VM asks for physical MSI
    assertThat(out).contains("VMDP308 WARNING vm RHEL3 pciPassthru0");
    // from the file: checked against the same host, grouped by subject, with its summary line
    assertThat(out).contains("\nvm RHEL3 pciPassthru0\n  WARNING VMDP205 ")
        .containsPattern("\\d+ errors?, \\d+ warnings?, \\d+ infos?\n$")
        .doesNotContain("Exception");
    assertThat(dir.resolve("rhel3.vmx")).exists();
  }
}
