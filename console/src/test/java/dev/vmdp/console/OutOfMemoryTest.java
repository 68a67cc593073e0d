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

  private static Process vmdp(Path dir, List<String> jvm, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java));
    command.addAll(jvm);
    command.addAll(List.of("-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }

  /** A .vmx of about {@code size} bytes: a long guestinfo payload, as VMware Tools writes it. */
  private static String vmx(int i, int size) {
    StringBuilder payload = new StringBuilder();
    for (int n = 0; payload.length() < size; n++) {
      payload.append("{|22a|22:|22kworker/").append(n).append(":1-events|22,|22v|22:|22|22},|0A");
    }
    return ".encoding = \"UTF-8\"\nconfig.version = \"8\"\nvirtualHW.version = \"19\"\n"
        + "displayName = \"vm-" + i + "\"\nmemSize = \"4096\"\nguestinfo.appInfo = \"" + payload + "\"\n";
  }

  @Test
  void aFleetLargerThanTheHeapIsStreamedThroughIt() throws Exception {
    Path vms = Files.createDirectories(dir.resolve("vms"));
    // 2,500 files of about 16 KB: 40 MB of files, more than a 24 MB heap could hold at once. A fleet
    // check reads, checks and drops them file by file, so it does not need to.
    for (int i = 0; i < 2_500; i++) {
      Files.writeString(vms.resolve("vm-" + i + ".vmx"), vmx(i, 15_000), StandardCharsets.UTF_8);
    }
    Process p = vmdp(dir, List.of("-Xmx24m"), "check", vms.toString(), "--format", "json");
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    // Every file is among the report's inputs.
    for (int i = 0; i < 2_500; i += 499) {
      assertThat(out).contains("\"" + vms.resolve("vm-" + i + ".vmx") + "\"");
    }
  }

  @Test
  void aFileLargerThanTheHeapEndsWithOneLineAndExitTwo() throws Exception {
    // One file of 12 MB (below the 16 MiB input limit) cannot be held by a 12 MB heap.
    Path big = Files.writeString(dir.resolve("big.vmx"), vmx(0, 12_000_000), StandardCharsets.UTF_8);
    // The launcher's young generation is repeated in the advice, its heap size is not.
    Process p = vmdp(dir, List.of("-Xmx12m", "-Xmn4m"), "check", big.toString(), "--format", "json");
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err.lines().toList()).as(err).hasSize(1);
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(err).startsWith("vmdp: out of memory while ").contains("big.vmx")
        .contains("; give more heap: VMDP_JAVA_OPTS=\"-Xmx2g -Xmn4m -XX:+UseSerialGC\"");
  }
}
