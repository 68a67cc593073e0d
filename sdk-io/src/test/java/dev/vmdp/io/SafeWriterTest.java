package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeWriterTest {
  private static final byte[] ORIGINAL =
      "memsize = \"512\"\r\ndisplayName = \"RHEL3\"\r\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  /** Thrown by the crash seam; an Error, so the writer does not clean up, as after a real crash. */
  static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash after the temporary file was written");
    }
  }

  private Path vmx() throws IOException {
    Path p = dir.resolve("rhel3.vmx");
    Files.write(p, ORIGINAL);
    return p;
  }

  @Test
  void savesAnEditKeepingLineEndingsAndABackup() throws IOException {
    Path p = vmx();
    FileSnapshot before = FileSnapshot.read(p);
    VmxDocument edited = VmxDocument.parse(before).set("memsize", "1024");
    SafeWriter.save(p, edited.toBytes(), before, SaveOptions.defaults());
    assertThat(Files.readString(p)).isEqualTo("memsize = \"1024\"\r\ndisplayName = \"RHEL3\"\r\n");
    assertThat(Files.readAllBytes(dir.resolve("rhel3.vmx.bak"))).isEqualTo(ORIGINAL);
    assertThat(tempFiles()).isEmpty();
  }

  @Test
  void skipsTheBackupWhenDisabled() throws IOException {
    Path p = vmx();
    FileSnapshot before = FileSnapshot.read(p);
    SafeWriter.save(p, new byte[] {'x'}, before, SaveOptions.defaults().withBackup(false));
    assertThat(Files.exists(dir.resolve("rhel3.vmx.bak"))).isFalse();
    assertThat(Files.readAllBytes(p)).containsExactly('x');
  }

  @Test
  void refusesWhenTheFileChangedOnDiskUnlessForced() throws IOException {
    Path p = vmx();
    FileSnapshot before = FileSnapshot.read(p);
    // Same size and modification time, different content: only a content check sees it.
    byte[] changed = ORIGINAL.clone();
    changed[11] = '6';
    Files.write(p, changed);
    Files.setLastModifiedTime(p, before.lastModified());
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining(p.toString())
        .hasMessageContaining("changed on disk since it was read");
    assertThat(Files.readAllBytes(p)).isEqualTo(changed);
    SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults().withForce(true));
    assertThat(Files.readAllBytes(p)).containsExactly('n');
    assertThat(Files.readAllBytes(dir.resolve("rhel3.vmx.bak"))).isEqualTo(changed);
  }

  @Test
  void refusesWhenTheVmIsRunningUnlessForced() throws IOException {
    Path p = vmx();
    FileSnapshot before = FileSnapshot.read(p);
    Files.createDirectory(dir.resolve("rhel3.vmx.lck"));
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("rhel3.vmx.lck")
        .hasMessageContaining("running");
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults().withForce(true));
    assertThat(Files.readAllBytes(p)).containsExactly('n');
  }

  @Test
  void refusesALockFileToo() throws IOException {
    Path p = vmx();
    FileSnapshot before = FileSnapshot.read(p);
    Files.write(dir.resolve("rhel3.vmx.lck"), new byte[0]);
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class);
  }

  @Test
  void keepsPosixPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path p = vmx();
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-x---"));
    FileSnapshot before = FileSnapshot.read(p);
    SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rwxr-x---");
  }

  @Test
  void aCrashBeforeTheRenameLeavesTheOriginalIntactAndTheNextSaveCleansUp() throws IOException {
    Path p = vmx();
    FileSnapshot before = FileSnapshot.read(p);
    SafeWriter crashing = new SafeWriter(temp -> {
      throw new SimulatedCrash();
    });
    assertThatThrownBy(() -> crashing.write(p, new byte[] {'n'}, before, SaveOptions.defaults()))
        .isInstanceOf(SimulatedCrash.class);
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    assertThat(tempFiles()).hasSize(1);
    SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults());
    assertThat(Files.readAllBytes(p)).containsExactly('n');
    assertThat(tempFiles()).isEmpty();
  }

  @Test
  void aFailureBeforeTheRenameRemovesItsTemporaryFile() throws IOException {
    Path p = vmx();
    FileSnapshot before = FileSnapshot.read(p);
    SafeWriter failing = new SafeWriter(temp -> {
      throw new IOException("disk full");
    });
    assertThatThrownBy(() -> failing.write(p, new byte[] {'n'}, before, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("disk full")
        .hasMessageContaining("the original is unchanged");
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    assertThat(tempFiles()).isEmpty();
  }

  @Test
  void saveNewRefusesToOverwriteUnlessForced() throws IOException {
    Path fresh = dir.resolve("new.vmx");
    SafeWriter.saveNew(fresh, ORIGINAL, SaveOptions.defaults());
    assertThat(Files.readAllBytes(fresh)).isEqualTo(ORIGINAL);
    assertThatThrownBy(() -> SafeWriter.saveNew(fresh, new byte[] {'n'}, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("already exists");
    SafeWriter.saveNew(fresh, new byte[] {'n'}, SaveOptions.defaults().withForce(true));
    assertThat(Files.readAllBytes(fresh)).containsExactly('n');
  }

  @Test
  void refusesWhenTheFileWasDeletedSinceItWasRead() throws IOException {
    Path p = vmx();
    FileSnapshot before = FileSnapshot.read(p);
    Files.delete(p);
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults()))
        .hasMessageContaining("deleted");
  }

  @Test
  void replacesTheTargetOfASymbolicLinkAndKeepsTheLink() throws IOException {
    Path real = vmx();
    Path link = dir.resolve("link.vmx");
    try {
      Files.createSymbolicLink(link, real.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    FileSnapshot before = FileSnapshot.read(link);
    SafeWriter.save(link, new byte[] {'n'}, before, SaveOptions.defaults());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(real)).containsExactly('n');
  }

  private List<Path> tempFiles() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
