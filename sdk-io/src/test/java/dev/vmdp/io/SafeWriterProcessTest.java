package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves from separate JVMs (issue #18): the save lock between processes, the temporary files of a
 * save that is still running, and kill -9 in the middle of a save. Each child is a
 * {@link SaveChild}; {@code @Timeout} is a hang guard only.
 */
class SafeWriterProcessTest {
  private static final byte[] ORIGINAL = "memsize = \"512\"\ndisplayName = \"RHEL3\"\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir
  Path dir;

  private Path vmx(byte[] bytes) throws IOException {
    Path p = dir.resolve("rhel3.vmx");
    Files.write(p, bytes);
    return p;
  }

  /**
   * Reproduces the attack on issue #18 (two `vmx set` at once: both exit 0, one edit gone). Each
   * round every process reads the same file and then all save at once: exactly one saves, every
   * other is refused because the file changed, and the file ends with every edit that was
   * reported saved, each on top of the one before.
   */
  @Test
  @Timeout(120)
  void ofProcessesSavingOneSnapshotAtOnceOneWinsEachRoundAndNoEditIsLost() throws Exception {
    Path p = vmx(ORIGINAL);
    int processes = 3;
    int rounds = 12;
    List<ChildJvm> children = new ArrayList<>();
    try {
      for (int i = 0; i < processes; i++) {
        children.add(ChildJvm.start(dir, null, "rounds", p.toString(), "child" + i + ".round"));
      }
      Map<Integer, Integer> lastWon = new HashMap<>();
      for (int round = 1; round <= rounds; round++) {
        for (ChildJvm c : children) {
          c.send("read " + round);
        }
        for (ChildJvm c : children) {
          assertThat(c.readLine()).isEqualTo("ready");
        }
        for (ChildJvm c : children) {
          c.send("save");
        }
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
          String answer = children.get(i).readLine();
          if (answer.equals("saved")) {
            winners.add(i);
          } else {
            assertThat(answer).startsWith("refused " + p + ": the file changed on disk since it was read");
          }
        }
        assertThat(winners).as("round %d", round).hasSize(1);
        lastWon.put(winners.get(0), round);
      }
      VmxDocument end = VmxDocument.read(p);
      for (int i = 0; i < processes; i++) {
        Integer won = lastWon.get(i);
        assertThat(end.get("child" + i + ".round")).as("child %d", i)
            .isEqualTo(won == null ? Optional.empty() : Optional.of(String.valueOf(won)));
      }
      assertThat(end.get("memsize")).contains("512");
      assertThat(names()).containsExactlyInAnyOrder("rhel3.vmx", "rhel3.vmx.bak");
    } finally {
      for (ChildJvm c : children) {
        c.send("exit");
        c.close();
      }
    }
  }

  /**
   * Reproduces the other half of the attack: a save's clean-up of stale temporary files deleted
   * the temporary file of a save running in another process, whose rename then failed. A save
   * now waits for the other process's save lock, refuses when it is held too long, and never
   * touches its temporary file; the other save then completes.
   */
  @Test
  @Timeout(60)
  void aSaveWaitsForAnotherProcessInItsSaveWindowAndLeavesItsTemporaryFileAlone() throws Exception {
    Path p = vmx(ORIGINAL);
    try (ChildJvm child = ChildJvm.start(dir, null, "pause", p.toString())) {
      assertThat(child.readLine()).isEqualTo("window");
      List<String> inWindow = names();
      assertThat(inWindow).anyMatch(n -> n.matches("\\.rhel3\\.vmx\\.vmdp-[0-9a-f]{12}\\.tmp"));
      SafeWriter impatient = new SafeWriter(temp -> { }, Duration.ofMillis(300));
      assertThatThrownBy(() -> impatient.write(p, "memsize = \"4096\"\n".getBytes(StandardCharsets.US_ASCII),
          FileSnapshot.read(p), SaveOptions.defaults()))
          .isInstanceOf(VmdpException.class)
          .hasMessage(p + ": another save of the file is in progress (" + p.resolveSibling(".rhel3.vmx.vmdp-lock")
              + " has been locked for 300 ms); try again when it has finished");
      assertThat(names()).isEqualTo(inWindow);
      assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
      child.send("go");
      assertThat(child.readLine()).isEqualTo("saved");
    }
    assertThat(Files.readAllBytes(p)).isEqualTo(SaveChild.NEW_BYTES);
    assertThat(names()).containsExactlyInAnyOrder("rhel3.vmx", "rhel3.vmx.bak");
  }

  /**
   * kill -9 of a save in its window (temporary file complete, nothing renamed): the file keeps its
   * old bytes, the operating system frees the lock, and the next save goes through and removes
   * the leftover temporary file and lock file.
   */
  @Test
  @Timeout(60)
  void aKillInTheSaveWindowLeavesTheOriginalAndTheNextSaveCleansUp() throws Exception {
    Path p = vmx(ORIGINAL);
    try (ChildJvm child = ChildJvm.start(dir, null, "pause", p.toString())) {
      assertThat(child.readLine()).isEqualTo("window");
      child.kill();
    }
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    assertThat(names()).anyMatch(n -> n.matches("\\.rhel3\\.vmx\\.vmdp-[0-9a-f]{12}\\.tmp"));
    SafeWriter.save(p, "memsize = \"1024\"\n".getBytes(StandardCharsets.US_ASCII), FileSnapshot.read(p),
        SaveOptions.defaults());
    assertThat(Files.readString(p)).isEqualTo("memsize = \"1024\"\n");
    assertThat(Files.readAllBytes(dir.resolve("rhel3.vmx.bak"))).isEqualTo(ORIGINAL);
    assertThat(names()).containsExactlyInAnyOrder("rhel3.vmx", "rhel3.vmx.bak");
  }

  /**
   * kill -9 at random moments of a process that saves two large contents in turn: after every
   * kill the file and its backup each hold one whole content (never a mix, a truncation or
   * nothing), and a save from here goes through at once.
   */
  @Test
  @Timeout(120)
  void killsAtRandomMomentsLeaveTheOldOrTheNewBytesNeverAMix() throws Exception {
    byte[] a = SaveChild.content('a', 256);
    byte[] b = SaveChild.content('b', 384);
    Path p = vmx(a);
    Random random = new Random(18);
    for (int kill = 0; kill < 5; kill++) {
      try (ChildJvm child = ChildJvm.start(dir, null, "loop", p.toString())) {
        assertThat(child.readLine()).isEqualTo("started");
        Thread.sleep(20 + random.nextInt(150));
        child.kill();
      }
      byte[] now = Files.readAllBytes(p);
      assertThat(Arrays.equals(now, a) || Arrays.equals(now, b)).as("file after kill %d is a or b", kill).isTrue();
      byte[] backup = Files.readAllBytes(dir.resolve("rhel3.vmx.bak"));
      assertThat(Arrays.equals(backup, a) || Arrays.equals(backup, b)).as("backup after kill %d", kill).isTrue();
      SafeWriter quick = new SafeWriter(temp -> { }, Duration.ofMillis(500));
      quick.write(p, now, FileSnapshot.read(p), SaveOptions.defaults());
      assertThat(names()).containsExactlyInAnyOrder("rhel3.vmx", "rhel3.vmx.bak");
    }
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(x -> x.getFileName().toString()).filter(n -> !n.startsWith("child-")).sorted().toList();
    }
  }
}
