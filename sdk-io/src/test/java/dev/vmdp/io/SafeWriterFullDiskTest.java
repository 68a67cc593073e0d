package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full file system at any moment of a save leaves the file and its previous backup as they
 * were (issue #18: a full disk during the backup destroyed {@code FILE.bak}). On a simulated file
 * system that runs out after every possible number of bytes, and on a real tmpfs the test mounts
 * when it may (as root; skipped with the reason otherwise).
 */
class SafeWriterFullDiskTest {
  @TempDir
  Path dir;

  private Path mounted;

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      run("umount", mounted.toString());
    }
  }

  private static byte[] bytes(char c, int n) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) c);
    for (int i = 99; i < n; i += 100) {
      b[i] = '\n';
    }
    return b;
  }

  /**
   * Out of space after each number of bytes from none to all a save writes (the new bytes to the
   * temporary file, then the old bytes to the backup's temporary file): every save that fails
   * leaves the file with its old bytes, {@code FILE.bak} with the previous backup and nothing
   * else behind; with room for both, the save succeeds.
   */
  @Test
  @Timeout(120)
  void onAFileSystemThatFillsUpAfterAnyNumberOfBytesAFailedSaveLosesNothing() throws IOException {
    byte[] old = bytes('o', 3000);
    byte[] previous = bytes('p', 700);
    byte[] fresh = bytes('n', 2000);
    int needed = fresh.length + old.length;
    List<Integer> budgets = new ArrayList<>();
    for (int b = 0; b <= needed + 50; b += 37) {
      budgets.add(b);
    }
    budgets.addAll(List.of(fresh.length - 1, fresh.length, fresh.length + 1, needed - 1, needed));
    for (int budget : budgets) {
      Path real = Files.createDirectory(dir.resolve("budget-" + budget + "-" + budgets.indexOf(budget)));
      Files.write(real.resolve("vm.vmx"), old);
      Files.write(real.resolve("vm.vmx.bak"), previous);
      Path p = FaultyFileSystem.wrap(real.resolve("vm.vmx"), budget);
      FileSnapshot before = FileSnapshot.read(p);
      if (budget < needed) {
        assertThatThrownBy(() -> SafeWriter.save(p, fresh, before, SaveOptions.defaults()))
            .as("budget %d", budget)
            .isInstanceOf(VmdpException.class)
            .hasMessageStartingWith(p + ": cannot save: ")
            .hasMessageContaining("No space left on device")
            .hasMessageEndingWith("(the original is unchanged)");
        assertThat(Files.readAllBytes(real.resolve("vm.vmx"))).as("budget %d", budget).isEqualTo(old);
        assertThat(Files.readAllBytes(real.resolve("vm.vmx.bak"))).as("budget %d", budget).isEqualTo(previous);
      } else {
        SafeWriter.save(p, fresh, before, SaveOptions.defaults());
        assertThat(Files.readAllBytes(real.resolve("vm.vmx"))).isEqualTo(fresh);
        assertThat(Files.readAllBytes(real.resolve("vm.vmx.bak"))).isEqualTo(old);
      }
      assertThat(names(real)).as("budget %d", budget).containsExactly("vm.vmx", "vm.vmx.bak");
    }
  }

  /** A real tmpfs with room for the new bytes but not for the backup: the previous backup stays. */
  @Test
  @Timeout(60)
  void aFullTmpfsDuringTheBackupKeepsThePreviousBackup() throws Exception {
    Path fs = tmpfs();
    byte[] old = bytes('o', 200 * 1024);
    byte[] previous = bytes('p', 8 * 1024);
    byte[] fresh = bytes('n', 16 * 1024);
    Path p = Files.write(fs.resolve("vm.vmx"), old);
    Files.write(fs.resolve("vm.vmx.bak"), previous);
    fill(fs, 100 * 1024);
    FileSnapshot before = FileSnapshot.read(p);
    assertThatThrownBy(() -> SafeWriter.save(p, fresh, before, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("No space left on device")
        .hasMessageEndingWith("(the original is unchanged)");
    assertThat(Files.readAllBytes(p)).isEqualTo(old);
    assertThat(Files.readAllBytes(fs.resolve("vm.vmx.bak"))).isEqualTo(previous);
    assertThat(names(fs)).containsExactly("filler", "vm.vmx", "vm.vmx.bak");
  }

  /** A real tmpfs without room for the new bytes: the file and its backup stay, nothing is left. */
  @Test
  @Timeout(60)
  void aFullTmpfsDuringTheTemporaryFileLeavesTheFileAndItsBackup() throws Exception {
    Path fs = tmpfs();
    byte[] old = bytes('o', 64 * 1024);
    byte[] previous = bytes('p', 8 * 1024);
    Path p = Files.write(fs.resolve("vm.vmx"), old);
    Files.write(fs.resolve("vm.vmx.bak"), previous);
    fill(fs, 32 * 1024);
    FileSnapshot before = FileSnapshot.read(p);
    assertThatThrownBy(() -> SafeWriter.save(p, bytes('n', 128 * 1024), before, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("No space left on device");
    assertThat(Files.readAllBytes(p)).isEqualTo(old);
    assertThat(Files.readAllBytes(fs.resolve("vm.vmx.bak"))).isEqualTo(previous);
    assertThat(names(fs)).containsExactly("filler", "vm.vmx", "vm.vmx.bak");
    // Once there is room again the same snapshot saves.
    Files.delete(fs.resolve("filler"));
    SafeWriter.save(p, bytes('n', 128 * 1024), before, SaveOptions.defaults());
    assertThat(Files.readAllBytes(fs.resolve("vm.vmx.bak"))).isEqualTo(old);
  }

  /** Mounts a 512 KiB tmpfs under the test folder, or skips the test saying why it cannot. */
  private Path tmpfs() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix")
        && Files.isExecutable(Path.of("/bin/mount")), "no mount(8): the real full file system is not tested");
    Path at = Files.createDirectory(dir.resolve("tmpfs"));
    String out = run("mount", "-t", "tmpfs", "-o", "size=512k", "vmdp-test", at.toString());
    assumeTrue(out == null, "cannot mount a tmpfs (not root, or no CAP_SYS_ADMIN): " + out);
    mounted = at;
    return at;
  }

  /** Fills the file system, then frees {@code free} bytes of the filler. */
  private static void fill(Path fs, int free) throws IOException {
    Path filler = fs.resolve("filler");
    try (FileChannel ch = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer block = ByteBuffer.wrap(new byte[4096]);
      try {
        while (true) {
          block.clear();
          ch.write(block);
        }
      } catch (IOException full) {
        // Full now.
      }
      ch.truncate(Math.max(0, ch.size() - free));
    }
  }

  /** Runs a command; null when it succeeded, else what it printed. */
  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "timed out";
    }
    return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + out;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(x -> x.getFileName().toString()).sorted().toList();
    }
  }
}
