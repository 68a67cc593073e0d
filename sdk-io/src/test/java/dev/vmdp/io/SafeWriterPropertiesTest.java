package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Write safety under generated content: for any old and new bytes a crash after the temporary file
 * and before the rename leaves exactly the old file (and a complete temporary file of the new
 * bytes), a save leaves exactly the new bytes with the old ones in {@code FILE.bak} and the
 * permissions kept (a read-only file only when forced); and two saves of one snapshot racing each other give one winner and one
 * refusal. Fixed seeds, bounded examples; {@code @Timeout} is a hang guard only.
 */
class SafeWriterPropertiesTest {
  @TempDir
  Path dir;

  private final AtomicInteger counter = new AtomicInteger();

  private static Gen<byte[]> content() {
    Gen<byte[]> any = Generate.byteArrays(Generate.range(0, 200), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    Gen<byte[]> lines = Generate.byteArrays(Generate.range(0, 200), Generate.pick(List.of((byte) 'a', (byte) '=',
        (byte) '"', (byte) '\r', (byte) '\n', (byte) 0, (byte) 0xe9)));
    return Generate.oneOf(any, lines);
  }

  private static Gen<Set<PosixFilePermission>> permissions() {
    return Generate.pick(List.of("rw-r--r--", "rw-------", "rwxr-x---", "r--r--r--", "rw-rw-r--"))
        .map(PosixFilePermissions::fromString);
  }

  private Path fresh(byte[] bytes, Set<PosixFilePermission> permissions) {
    try {
      Path p = Files.createDirectory(dir.resolve("case" + counter.incrementAndGet())).resolve("vm.vmx");
      Files.write(p, bytes);
      Files.setPosixFilePermissions(p, permissions);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Timeout(120)
  void aCrashBeforeTheRenameLeavesTheOldFileAndACompleteNewTemporaryFile() {
    qt().withFixedSeed(42).withExamples(200).forAll(content(), content()).checkAssert((before, after) -> {
      Path p = fresh(before, PosixFilePermissions.fromString("rw-r--r--"));
      FileSnapshot snapshot = FileSnapshot.read(p);
      byte[][] temp = new byte[1][];
      SafeWriter crashing = new SafeWriter(t -> {
        temp[0] = Files.readAllBytes(t);
        throw new SafeWriterTest.SimulatedCrash();
      });
      assertThatThrownBy(() -> crashing.write(p, after, snapshot, SaveOptions.defaults()))
          .isInstanceOf(SafeWriterTest.SimulatedCrash.class);
      assertThat(read(p)).isEqualTo(before);
      assertThat(temp[0]).isEqualTo(after);
      assertThat(Files.exists(p.resolveSibling("vm.vmx.bak"))).isFalse();
      // The next save goes through, from the same snapshot, and cleans up the leftover.
      SafeWriter.save(p, after, snapshot, SaveOptions.defaults());
      assertThat(read(p)).isEqualTo(after);
      assertThat(list(p.getParent())).containsExactlyInAnyOrder("vm.vmx", "vm.vmx.bak");
    });
  }

  @Test
  @Timeout(120)
  void aSaveLeavesTheNewBytesTheOldOnesInTheBackupAndThePermissions() {
    qt().withFixedSeed(7).withExamples(200).forAll(content(), content(), permissions()).checkAssert((before, after, perms) -> {
      Path p = fresh(before, perms);
      FileSnapshot snapshot = FileSnapshot.read(p);
      SaveOptions options = SaveOptions.defaults();
      if (perms.stream().noneMatch(x -> x.name().endsWith("_WRITE"))) {
        // Issue #18: a read-only file is refused unless forced, and a forced save keeps it read-only.
        assertThatThrownBy(() -> SafeWriter.save(p, after, snapshot, SaveOptions.defaults()))
            .isInstanceOf(VmdpException.class)
            .hasMessageStartingWith(p + ": the file is read-only (mode 0444)");
        assertThat(read(p)).isEqualTo(before);
        assertThat(Files.exists(p.resolveSibling("vm.vmx.bak"))).isFalse();
        options = options.withForce(true);
      }
      SafeWriter.save(p, after, snapshot, options);
      assertThat(read(p)).isEqualTo(after);
      assertThat(read(p.resolveSibling("vm.vmx.bak"))).isEqualTo(before);
      try {
        assertThat(Files.getPosixFilePermissions(p)).isEqualTo(perms);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  @Timeout(120)
  void aFileChangedAfterItWasReadIsNeverOverwritten() {
    qt().withFixedSeed(11).withExamples(200).forAll(content(), content(), content()).checkAssert((before, other, mine) -> {
      Path p = fresh(before, PosixFilePermissions.fromString("rw-r--r--"));
      FileSnapshot snapshot = FileSnapshot.read(p);
      write(p, other);
      if (java.util.Arrays.equals(before, other)) {
        SafeWriter.save(p, mine, snapshot, SaveOptions.defaults());   // nothing changed: the save is allowed
        assertThat(read(p)).isEqualTo(mine);
      } else {
        assertThatThrownBy(() -> SafeWriter.save(p, mine, snapshot, SaveOptions.defaults()))
            .isInstanceOf(VmdpException.class)
            .hasMessageStartingWith(p + ": the file changed on disk since it was read");
        assertThat(read(p)).isEqualTo(other);
      }
    });
  }

  @Test
  @Timeout(60)
  void ofTwoSavesOfOneSnapshotInFlightTogetherOneWinsAndTheOtherIsRefused() throws Exception {
    Path p = fresh("memsize = \"512\"\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        PosixFilePermissions.fromString("rw-r--r--"));
    FileSnapshot snapshot = FileSnapshot.read(p);
    byte[] first = "memsize = \"1024\"\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] second = "memsize = \"2048\"\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    // The first save pauses after its temporary file, where it has already checked the file: the
    // second save starts then. If it could go through, the first would overwrite it unseen.
    SafeWriter pausing = new SafeWriter(t -> {
      firstInside.countDown();
      try {
        secondDone.await(300, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(() -> pausing.write(p, first, snapshot, SaveOptions.defaults()));
      assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
      Future<?> b = pool.submit(() -> {
        try {
          SafeWriter.save(p, second, snapshot, SaveOptions.defaults());
        } finally {
          secondDone.countDown();
        }
      });
      a.get(30, TimeUnit.SECONDS);
      assertThatThrownBy(() -> b.get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(VmdpException.class)
          .hasMessageContaining("the file changed on disk since it was read");
      assertThat(read(p)).isEqualTo(first);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Timeout(60)
  void aFileReplacedByAHugeOneIsRefusedWithoutReadingIt() throws Exception {
    Path p = fresh("memsize = \"512\"\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        PosixFilePermissions.fromString("rw-r--r--"));
    FileSnapshot snapshot = FileSnapshot.read(p);
    long huge = 3L << 30;   // sparse; reading it into one array is impossible in Java
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(huge);
    }
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'x'}, snapshot, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessage(p + ": the file changed on disk since it was read (16 bytes then, " + huge
            + " bytes now); re-read it and edit again, or save with force");
    assertThat(Files.size(p)).isEqualTo(huge);
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path p, byte[] b) {
    try {
      Files.write(p, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(x -> x.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
