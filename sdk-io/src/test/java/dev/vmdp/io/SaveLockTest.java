package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The save lock {@code .FILE.vmdp-lock} within one process: left over by a dead save it is taken
 * over, a planted symbolic link is never followed, two paths to one folder share it, and a file
 * system that cannot lock is refused unless forced. Between processes: {@link SafeWriterProcessTest}.
 */
class SaveLockTest {
  private static final byte[] ORIGINAL = "memsize = \"512\"\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir
  Path dir;

  private Path vmx() throws IOException {
    return Files.write(dir.resolve("rhel3.vmx"), ORIGINAL);
  }

  @Test
  void aLockFileLeftByADeadSaveIsTakenOverAndRemoved() throws IOException {
    Path p = vmx();
    Files.write(dir.resolve(".rhel3.vmx.vmdp-lock"), new byte[0]);
    SafeWriter.save(p, new byte[] {'n'}, FileSnapshot.read(p), SaveOptions.defaults());
    assertThat(Files.readAllBytes(p)).containsExactly('n');
    assertThat(names()).containsExactly("rhel3.vmx", "rhel3.vmx.bak");
  }

  /** A symbolic link planted as the lock file (to make a root save write elsewhere) is refused, not followed. */
  @Test
  void aLockFilePlantedAsASymbolicLinkIsNeverFollowed() throws IOException {
    Path p = vmx();
    Path victim = Files.write(dir.resolve("victim"), ORIGINAL);
    try {
      Files.createSymbolicLink(dir.resolve(".rhel3.vmx.vmdp-lock"), victim.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'n'}, FileSnapshot.read(p), SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith(p + ": cannot save: cannot open the save lock " + dir.resolve(".rhel3.vmx.vmdp-lock"));
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    assertThat(Files.readAllBytes(victim)).isEqualTo(ORIGINAL);
  }

  /**
   * A save through a symbolic link to the folder waits for a save through the folder's own path:
   * both take the same lock, and the first keeps it against other processes. (Had both threads
   * opened the lock file, closing the second's channel would have released the first's lock for
   * the whole process.)
   */
  @Test
  @Timeout(60)
  void aSaveThroughAnotherPathToTheSameFolderWaitsForTheFirst() throws Exception {
    Path p = vmx();
    Path alias = dir.resolveSibling(dir.getFileName() + "-alias");
    try {
      Files.createSymbolicLink(alias, dir);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    try {
      CountDownLatch inWindow = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      SafeWriter pausing = new SafeWriter(temp -> {
        inWindow.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        FileSnapshot before = FileSnapshot.read(p);
        Future<?> first = pool.submit(() -> pausing.write(p, new byte[] {'1'}, before, SaveOptions.defaults()));
        assertThat(inWindow.await(30, TimeUnit.SECONDS)).isTrue();
        Path viaAlias = alias.resolve("rhel3.vmx");
        SafeWriter impatient = new SafeWriter(temp -> { }, Duration.ofMillis(200));
        assertThatThrownBy(() -> impatient.write(viaAlias, new byte[] {'2'}, FileSnapshot.read(viaAlias),
            SaveOptions.defaults().withForce(true)))
            .isInstanceOf(VmdpException.class)
            .hasMessageContaining("another save of the file is in progress");
        // And the first save still holds the lock for the whole system: another process waits too.
        try (ChildJvm other = ChildJvm.start(dir, null, "quick", p.toString())) {
          assertThat(other.readLine()).startsWith("refused ").contains("another save of the file is in progress");
        }
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        assertThat(Files.readAllBytes(p)).containsExactly('1');
      } finally {
        release.countDown();
        pool.shutdownNow();
      }
    } finally {
      Files.delete(alias);
    }
  }

  /**
   * The interleaving the lock's second look is for, made to happen: this save opens the lock file
   * while another process holds it; that process then finishes and removes the file; this save
   * locks the file it opened, which no name leads to any more. It must not take that for the lock:
   * a third process, which creates the lock file anew, would hold it at the same time. Here the
   * third process, started while this save is in its window, is made to wait.
   */
  @Test
  @Timeout(60)
  void aSaveThatLocksALockFileRemovedMeanwhileStartsOverAndSoHoldsTheRealLock() throws Exception {
    Path p = vmx();
    try (ChildJvm holder = ChildJvm.start(dir, null, "pause", p.toString())) {
      assertThat(holder.readLine()).isEqualTo("window");
      boolean[] first = {true};
      List<String> third = new java.util.ArrayList<>();
      SafeWriter late = new SafeWriter(temp -> {
        try (ChildJvm other = ChildJvm.start(dir, null, "quick", p.toString())) {
          third.add(other.readLine());
        }
      }, Duration.ofSeconds(30), lockFile -> {
        if (first[0]) {
          first[0] = false;
          holder.send("go");
          assertThat(holder.readLine()).isEqualTo("saved");
          assertThat(Files.exists(lockFile)).isFalse();
        }
      });
      late.write(p, new byte[] {'n'}, FileSnapshot.read(p), SaveOptions.defaults().withForce(true));
      assertThat(first[0]).isFalse();
      assertThat(third).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("refused ").contains("another save of the file is in progress");
    }
    assertThat(Files.readAllBytes(p)).containsExactly('n');
    assertThat(names()).containsExactly("rhel3.vmx", "rhel3.vmx.bak");
  }

  @Test
  void onAFileSystemThatCannotLockASaveIsRefusedUnlessForced() throws IOException {
    vmx();
    Path p = FaultyFileSystem.withoutLocks(dir.resolve("rhel3.vmx"));
    FileSnapshot before = FileSnapshot.read(p);
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessage(p + ": this file system cannot lock " + p.resolveSibling(".rhel3.vmx.vmdp-lock")
            + " (No locks available), so another process could save the file at the same time; save with force"
            + " to save without the lock");
    assertThat(Files.readAllBytes(dir.resolve("rhel3.vmx"))).isEqualTo(ORIGINAL);
    SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults().withForce(true));
    assertThat(Files.readAllBytes(dir.resolve("rhel3.vmx"))).containsExactly('n');
    assertThat(names()).containsExactly("rhel3.vmx", "rhel3.vmx.bak");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(x -> x.getFileName().toString()).filter(n -> !n.startsWith("child-")).sorted().toList();
    }
  }
}
