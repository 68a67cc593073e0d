package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fleet check that outgrows its heap: one line that says what to do, exit 2, no stack trace. */
class OutOfMemoryTest {
  @TempDir
  Path dir;

  @Test
  void aFleetLargerThanTheHeapEndsWithOneLineAndExitTwo() throws Exception {
    Path vms = Files.createDirectories(dir.resolve("vms"));
    // 2,500 files of about 16 KB (a long guestinfo payload, as tools write it): 40 MB of files,
    // more than a 24 MB heap can hold (a document keeps its file's bytes).
    StringBuilder payload = new StringBuilder();
    for (int i = 0; payload.length() < 15_000; i++) {
      payload.append("{|22a|22:|22kworker/").append(i).append(":1-events|22,|22v|22:|22|22},|0A");
    }
    for (int i = 0; i < 2_500; i++) {
      String vmx = ".encoding = \"UTF-8\"\nconfig.version = \"8\"\nvirtualHW.version = \"19\"\n"
          + "displayName = \"vm-" + i + "\"\nmemSize = \"4096\"\nguestinfo.appInfo = \"" + payload + "\"\n";
      Files.writeString(vms.resolve("vm-" + i + ".vmx"), vmx, StandardCharsets.UTF_8);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx24m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "check", vms.toString(), "--format", "json"))
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err.lines().toList()).as(err).hasSize(1);
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(err).startsWith("vmdp: out of memory while ")
        .contains("; give more heap: VMDP_JAVA_OPTS=\"-Xmx2g -XX:+UseSerialGC\"");
    assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).isEmpty();
  }
}
