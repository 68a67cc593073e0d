package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * File names that are not valid text (issue #18): {@code FILE.lck}, {@code FILE.bak}, the
 * temporary files and the save lock are named from the name's bytes, under a UTF-8 file name
 * charset (this JVM) and under the POSIX locale (a child JVM started with {@code LC_ALL=C}).
 * The names are written as URIs, whose percent escapes are bytes: {@code %E9} is the single byte
 * 0xE9 (Latin-1 'é', not valid UTF-8), {@code %C3%A9} is 'é' in UTF-8.
 */
class SafeWriterFileNameTest {
  private static final byte[] ORIGINAL = "memsize = \"512\"\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @TempDir
  Path dir;

  /** The file in {@link #dir} whose name has these bytes (percent-encoded). */
  private Path named(String encoded) {
    return Path.of(URI.create(dir.toUri() + encoded));
  }

  private Path vmx(String encoded) throws IOException {
    return Files.write(named(encoded), ORIGINAL);
  }

  /** The names in {@link #dir}, percent-encoded, so that no byte is hidden. */
  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(Siblings::exactName).filter(n -> !n.startsWith("child-")).sorted().toList();
    }
  }

  /** Reproduces issue #18: the lock of {@code vm<0xE9>.vmx} was looked for as {@code vm<U+FFFD>.vmx.lck}. */
  @Test
  void refusesToSaveARunningVmWhoseNameIsNotUtf8() throws IOException {
    Path p = vmx("vm%E9.vmx");
    Files.createDirectory(named("vm%E9.vmx.lck"));
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'n'}, FileSnapshot.read(p), SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("the VM is running");
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    assertThat(names()).containsExactly("vm%E9.vmx", "vm%E9.vmx.lck");
  }

  @Test
  void savesAFileWhoseNameIsNotUtf8WithItsOwnBackupAndNoFileOfAnotherName() throws IOException {
    Path p = vmx("vm%E9.vmx");
    SafeWriter.save(p, new byte[] {'n'}, FileSnapshot.read(p), SaveOptions.defaults());
    assertThat(Files.readAllBytes(p)).containsExactly('n');
    assertThat(Files.readAllBytes(named("vm%E9.vmx.bak"))).isEqualTo(ORIGINAL);
    assertThat(names()).containsExactly("vm%E9.vmx", "vm%E9.vmx.bak");
  }

  /**
   * The clean-up of a dead save's temporary files compares bytes: it removes those of
   * {@code vm<0xE9>.vmx} and leaves those of {@code vm<U+FFFD>.vmx}, a different file whose name
   * decodes alike, and of {@code vm<0xE9>.vmx.vmdp-1}, whose temporary names start alike.
   */
  @Test
  void removesOnlyTheLeftoverTemporaryFilesOfTheFileItSaves() throws IOException {
    Path p = vmx("vm%E9.vmx");
    Files.write(named(".vm%E9.vmx.vmdp-0123456789ab.tmp"), new byte[] {1});
    List<String> others = List.of(".vm%EF%BF%BD.vmx.vmdp-0123456789ab.tmp", ".vm%E9.vmx.vmdp-1.vmdp-0123456789ab.tmp");
    for (String other : others) {
      Files.write(named(other), new byte[] {2});
    }
    SafeWriter.save(p, new byte[] {'n'}, FileSnapshot.read(p), SaveOptions.defaults());
    assertThat(names()).containsExactlyInAnyOrder("vm%E9.vmx", "vm%E9.vmx.bak", others.get(0), others.get(1));
  }

  /**
   * Under the POSIX locale (cron, {@code env -i}) the JVM's file name charset is ASCII: a VM found
   * by listing its folder, named with the byte 0xE9 or with 'é' in UTF-8, is refused while its
   * {@code FILE.lck} exists (it was saved over, or failed with InvalidPathException) and saved with
   * a byte-exact backup once it is gone.
   */
  @ParameterizedTest
  @ValueSource(strings = {"vm%E9.vmx", "caf%C3%A9.vmx"})
  @Timeout(60)
  void underThePosixLocaleANonAsciiNameIsRefusedWhileTheVmRunsAndSavedOtherwise(String encoded) throws IOException {
    Path p = vmx(encoded);
    Path lck = Files.createDirectory(named(encoded + ".lck"));
    Map<String, String> posix = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "LC_ALL", "C");
    try (ChildJvm child = ChildJvm.start(dir, posix, "listed", dir.toString(), ".vmx")) {
      String jnu = child.readLine();
      assumeTrue(!jnu.equals("jnu UTF-8"), "this JDK names files in UTF-8 whatever the locale: " + jnu);
      assertThat(child.readLine()).startsWith("refused ").contains("the VM is running");
    }
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    Files.delete(lck);
    try (ChildJvm child = ChildJvm.start(dir, posix, "listed", dir.toString(), ".vmx")) {
      child.readLine();
      assertThat(child.readLine()).isEqualTo("saved");
    }
    assertThat(Files.readAllBytes(p)).isEqualTo(SaveChild.NEW_BYTES);
    assertThat(Files.readAllBytes(named(encoded + ".bak"))).isEqualTo(ORIGINAL);
    assertThat(names()).containsExactly(encoded, encoded + ".bak");
  }
}
