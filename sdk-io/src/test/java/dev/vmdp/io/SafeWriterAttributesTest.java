package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save keeps the owner, the group and every mode bit, and refuses where it cannot (issue #18:
 * a file of nobody:nogroup saved by root became root:root, setuid and setgid were dropped, a
 * read-only file was replaced silently). The owner tests need root and say so when skipped.
 */
class SafeWriterAttributesTest {
  private static final int NOBODY = 65534;
  private static final byte[] ORIGINAL = "memsize = \"512\"\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir
  Path dir;

  private static boolean unix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  }

  private static boolean root() throws IOException {
    Path probe = Files.createTempFile("vmdp-uid", ".probe");
    try {
      return unix() && (Integer) Files.getAttribute(probe, "unix:uid") == 0;
    } finally {
      Files.delete(probe);
    }
  }

  private static Map<String, Object> unixAttributes(Path p) {
    try {
      return Files.readAttributes(p, "unix:uid,gid,mode");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int mode(Path p) {
    return (Integer) unixAttributes(p).get("mode") & 07777;
  }

  private static String owner(Path p) {
    Map<String, Object> a = unixAttributes(p);
    return a.get("uid") + ":" + a.get("gid");
  }

  /**
   * Root saves a file of nobody:nogroup with setuid, setgid or sticky bits, or a private mode: the
   * file keeps all of them, the temporary file has them before the rename, and the backup has the
   * owner and mode without setuid and setgid.
   */
  @ParameterizedTest
  @ValueSource(ints = {06755, 04750, 02640, 01644, 0600})
  void rootKeepsTheOwnerGroupAndEveryModeBitOfAnotherUsersFile(int mode) throws IOException {
    assumeTrue(root(), "not root: cannot give a file to nobody:nogroup; owner and group keeping not tested");
    Path p = Files.write(dir.resolve("rhel3.vmx"), ORIGINAL);
    Files.setAttribute(p, "unix:uid", NOBODY);
    Files.setAttribute(p, "unix:gid", NOBODY);
    Files.setAttribute(p, "unix:mode", mode);
    List<String> atRename = new ArrayList<>();
    SafeWriter watching = new SafeWriter(temp -> atRename.add(owner(temp) + " " + Integer.toOctalString(mode(temp))));
    watching.write(p, new byte[] {'n'}, FileSnapshot.read(p), SaveOptions.defaults());
    assertThat(Files.readAllBytes(p)).containsExactly('n');
    assertThat(owner(p)).isEqualTo("65534:65534");
    assertThat(Integer.toOctalString(mode(p))).isEqualTo(Integer.toOctalString(mode));
    assertThat(atRename).containsExactly("65534:65534 " + Integer.toOctalString(mode));
    Path bak = dir.resolve("rhel3.vmx.bak");
    assertThat(owner(bak)).isEqualTo("65534:65534");
    assertThat(Integer.toOctalString(mode(bak))).isEqualTo(Integer.toOctalString(mode & ~06000));

    // And back: given to root again, the next save keeps root.
    Files.setAttribute(p, "unix:uid", 0);
    Files.setAttribute(p, "unix:gid", 0);
    Files.setAttribute(p, "unix:mode", mode);
    SafeWriter.save(p, new byte[] {'m'}, FileSnapshot.read(p), SaveOptions.defaults());
    assertThat(owner(p)).isEqualTo("0:0");
    assertThat(Integer.toOctalString(mode(p))).isEqualTo(Integer.toOctalString(mode));
  }

  /** Issue #18: a read-only file was replaced silently. It is refused; forced, it stays read-only. */
  @Test
  void refusesAReadOnlyFileUnlessForcedAndAForcedSaveKeepsItReadOnly() throws IOException {
    assumeTrue(unix(), "no unix attribute view: read-only by mode not tested");
    Path p = Files.write(dir.resolve("rhel3.vmx"), ORIGINAL);
    Files.setAttribute(p, "unix:mode", 0444);
    FileSnapshot before = FileSnapshot.read(p);
    assertThatThrownBy(() -> SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults()))
        .isInstanceOf(VmdpException.class)
        .hasMessage(p + ": the file is read-only (mode 0444); make it writable, or save with force to replace it"
            + " and keep it read-only");
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    assertThat(names()).containsExactly("rhel3.vmx");
    SafeWriter.save(p, new byte[] {'n'}, before, SaveOptions.defaults().withForce(true));
    assertThat(Files.readAllBytes(p)).containsExactly('n');
    assertThat(mode(p)).isEqualTo(0444);
    assertThat(mode(dir.resolve("rhel3.vmx.bak"))).isEqualTo(0444);
  }

  /**
   * A user who is not root cannot give a file to another owner, so a save of root's file (which
   * the user may write) is refused and the file stays root's; before, it became the user's.
   * Runs a child JVM as nobody through {@code setpriv}.
   */
  @Test
  @Timeout(60)
  void aUserWhoCannotKeepTheOwnerIsRefusedAndTheFileStaysAsItWas() throws Exception {
    assumeTrue(root(), "not root: cannot start a process as another user; refusal of a foreign owner not tested");
    assumeTrue(Files.isExecutable(Paths.get("/usr/bin/setpriv")), "no /usr/bin/setpriv: refusal of a foreign owner not tested");
    Files.setAttribute(dir, "unix:mode", 0755);
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Files.setAttribute(shared, "unix:mode", 0777);
    Path p = Files.write(shared.resolve("rhel3.vmx"), ORIGINAL);
    Files.setAttribute(p, "unix:mode", 0666);
    List<String> asNobody = List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups");
    String classPath = String.join(java.io.File.pathSeparator, location(SaveChild.class), location(SafeWriter.class),
        location(VmdpException.class));
    try (ChildJvm hello = ChildJvm.start(dir, asNobody, classPath, null, "hello")) {
      String answer;
      try {
        answer = hello.readLine();
      } catch (AssertionError e) {
        answer = e.getMessage();
      }
      assumeTrue(answer.equals("hello"), "nobody cannot run the test classes (" + classPath + "): " + answer);
    }
    try (ChildJvm child = ChildJvm.start(dir, asNobody, classPath, null, "save", p.toString())) {
      assertThat(child.readLine()).isEqualTo("refused " + p + ": cannot keep the file's owner and group (0:0; a new file"
          + " would belong to 65534:65534): Operation not permitted; save it as its owner or as root (the original is"
          + " unchanged)");
    }
    assertThat(Files.readAllBytes(p)).isEqualTo(ORIGINAL);
    assertThat(owner(p)).isEqualTo("0:0");
    try (Stream<Path> s = Files.list(shared)) {
      assertThat(s.map(x -> x.getFileName().toString()).toList()).containsExactly("rhel3.vmx");
    }
  }

  private static String location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(x -> x.getFileName().toString()).sorted().toList();
    }
  }
}
