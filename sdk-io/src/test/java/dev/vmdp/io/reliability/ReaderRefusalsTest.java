package dev.vmdp.io.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every reader of sdk-io refuses a path it cannot read in the same words: a missing file, a
 * directory, a FIFO (refused from its attributes, without opening it: opening a FIFO that has no
 * writer blocks forever, so a reader that opened it would hang this test until its timeout) and a
 * file it may not read.
 */
class ReaderRefusalsTest {
  @TempDir
  Path dir;

  private static VmdpException refusal(ReaderBadInputTest.Reader reader, Path file) {
    Throwable thrown = catchThrowable(() -> reader.read.apply(file));
    assertThat(thrown).as(reader.name()).isInstanceOf(VmdpException.class);
    return (VmdpException) thrown;
  }

  @ParameterizedTest
  @EnumSource(ReaderBadInputTest.Reader.class)
  void aMissingFileIsNamed(ReaderBadInputTest.Reader reader) {
    Path file = dir.resolve("missing" + reader.extension);
    assertThat(refusal(reader, file)).hasMessage(file + ":1:1: cannot read file: no such file");
  }

  @ParameterizedTest
  @EnumSource(ReaderBadInputTest.Reader.class)
  void aDirectoryIsNotARegularFile(ReaderBadInputTest.Reader reader) throws IOException {
    Path file = Files.createDirectory(dir.resolve("folder" + reader.extension));
    assertThat(refusal(reader, file)).hasMessage(file + ":1:1: not a regular file (a directory)");
  }

  @ParameterizedTest
  @EnumSource(ReaderBadInputTest.Reader.class)
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoIsRefusedWithoutOpeningIt(ReaderBadInputTest.Reader reader) throws Exception {
    Path file = dir.resolve("fifo" + reader.extension);
    assumeTrue(mkfifo(file), "mkfifo is not available here: skipping the FIFO case");
    assertThat(refusal(reader, file))
        .hasMessage(file + ":1:1: not a regular file (a FIFO); give - to read standard input");
  }

  @ParameterizedTest
  @EnumSource(ReaderBadInputTest.Reader.class)
  void aFileThatMayNotBeReadIsNamed(ReaderBadInputTest.Reader reader) throws IOException {
    Path file = Files.writeString(dir.resolve("secret" + reader.extension), reader.valid);
    assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "no POSIX permissions here");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as a user who may read any file (root): skipping");
    assertThat(refusal(reader, file)).hasMessage(file + ":1:1: cannot read file: permission denied");
  }

  /** Makes a FIFO with the system's mkfifo; false when there is none. */
  static boolean mkfifo(Path file) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(file);
    } catch (IOException e) {
      return false;
    }
  }
}
