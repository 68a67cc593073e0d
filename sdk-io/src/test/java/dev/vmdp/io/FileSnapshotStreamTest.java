package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.model.VmdpException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading within the limits by the bytes actually read: streams, and files larger than they say. */
class FileSnapshotStreamTest {

  /** An endless stream that counts what is taken from it. */
  static final class Endless extends InputStream {
    long taken;

    @Override
    public int read() {
      taken++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      taken += len;
      return len;
    }
  }

  @Test
  void readsStandardInputWithinTheLimits() {
    byte[] bytes = "displayName = \"piped\"\n".getBytes(StandardCharsets.UTF_8);
    FileSnapshot s = FileSnapshot.read(new ByteArrayInputStream(bytes), FileSnapshot.STANDARD_INPUT,
        InputLimits.defaults());
    assertThat(s.bytes()).isEqualTo(bytes);
    assertThat(s.fileName()).isEqualTo("-");
  }

  @Test
  @Timeout(60)
  void anEndlessStreamIsRefusedAfterOneBytePastTheLimit() {
    Endless in = new Endless();
    assertThatThrownBy(() -> FileSnapshot.read(in, "-", InputLimits.of(1000, 100)))
        .isInstanceOf(VmdpException.class)
        .hasMessage("-: file is larger than the limit of 1000 bytes (InputLimits.maxFileBytes; more than 1000 "
            + "bytes read); refusing to read it");
    assertThat(in.taken).isEqualTo(1001);
  }

  @Test
  @Timeout(60)
  void anEndlessStreamIsRefusedAtTheDefaultLimitToo() {
    Endless in = new Endless();
    assertThatThrownBy(() -> FileSnapshot.read(in, "-", InputLimits.defaults()))
        .hasMessageStartingWith("-: file is larger than the limit of 16 MiB");
    assertThat(in.taken).isEqualTo(InputLimits.DEFAULT_MAX_FILE_BYTES + 1);
  }

  @Test
  void aStreamAtTheLimitIsRead() {
    byte[] bytes = new byte[1000];
    assertThat(FileSnapshot.read(new ByteArrayInputStream(bytes), "-", InputLimits.of(1000, 100)).size())
        .isEqualTo(1000);
  }

  /** Around the length a stream is expected to have (8191) and where the array grows: every byte kept. */
  @Test
  void streamsOfEveryLengthAroundTheExpectedOneAreReadWhole() {
    for (int length : new int[] {0, 1, 8190, 8191, 8192, 8193, 16382, 16383, 16384, 40000}) {
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) (i * 31 + 7);
      }
      assertThat(FileSnapshot.read(new ByteArrayInputStream(bytes), "-", InputLimits.defaults()).bytes())
          .as("length %d", length).isEqualTo(bytes);
    }
  }

  @Test
  void filesOfEveryLengthAroundTheirStatedSizeAreReadWhole(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    for (int length : new int[] {0, 1, 2, 4095, 4096, 4097, 65536}) {
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) (i * 13 + 1);
      }
      Path f = Files.write(dir.resolve("f" + length + ".vmx"), bytes);
      assertThat(FileSnapshot.read(f).bytes()).as("length %d", length).isEqualTo(bytes);
    }
  }

  @Test
  void aFailingStreamIsNamed() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device gone");
      }
    };
    assertThatThrownBy(() -> FileSnapshot.read(broken, "-", InputLimits.defaults()))
        .hasMessage("-:1:1: cannot read file: device gone");
  }

  @Test
  void aFileLargerThanTheSizeItReportsIsReadByItsBytes() throws IOException {
    // Linux's /proc files report size 0 and hold text: the size the file system gives is no bound.
    Path proc = Path.of("/proc/self/status");
    assumeTrue(Files.isRegularFile(proc) && Files.size(proc) == 0, "no /proc with size-0 files here");
    FileSnapshot s = FileSnapshot.read(proc);
    assertThat(s.size()).isPositive();
    assertThat(new String(s.bytes(), StandardCharsets.US_ASCII)).contains("Name:");
    assertThatThrownBy(() -> FileSnapshot.read(proc, InputLimits.of(10, 10)))
        .isInstanceOf(VmdpException.class)
        .hasMessage(proc + ": file is larger than the limit of 10 bytes (InputLimits.maxFileBytes; more than 10 "
            + "bytes read); refusing to read it");
  }
}
