package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSnapshotTest {
  @TempDir Path dir;

  @Test
  void recordsBytesSizeTimeAndHash() throws IOException {
    Path p = dir.resolve("a.vmx");
    Files.write(p, new byte[] {'a', '\n'});
    FileSnapshot s = FileSnapshot.read(p);
    assertThat(s.bytes()).containsExactly('a', '\n');
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.lastModified()).isEqualTo(Files.getLastModifiedTime(p));
    assertThat(s.contentHash()).isEqualTo("87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7");
    assertThat(s.hasContent(new byte[] {'a', '\n'})).isTrue();
    assertThat(s.hasContent(new byte[] {'b', '\n'})).isFalse();
    byte[] copy = s.bytes();
    copy[0] = 'z';
    assertThat(s.bytes()[0]).isEqualTo((byte) 'a');
  }

  @Test
  void aDocumentParsedFromASnapshotSharesItsBytesWithNoOneWhoCanChangeThem() throws IOException {
    Path p = dir.resolve("vm.vmx");
    Files.writeString(p, "memsize = \"4096\"\n");
    FileSnapshot s = FileSnapshot.read(p);
    VmxDocument d = VmxDocument.parse(s);
    byte[] copy = s.bytes();
    copy[0] = 'X';
    d.toBytes()[0] = 'Y';
    assertThat(s.bytes()).startsWith((byte) 'm');
    assertThat(d.get("memsize")).hasValue("4096");
    assertThat(d.toBytes()).isEqualTo(s.bytes());
    assertThat(s.hasContent(d.set("memsize", "8192").toBytes())).isFalse();
    assertThat(s.hasContent(d.toBytes())).isTrue();
  }

  @Test
  void refusesFilesAboveTheSizeLimit() throws IOException {
    Path p = dir.resolve("big.vmx");
    Files.write(p, new byte[100]);
    assertThatThrownBy(() -> FileSnapshot.read(p, InputLimits.of(99, 10)))
        .isInstanceOf(VmdpException.class)
        .hasMessage(p + ": file is 100 bytes, above the limit of 99 bytes (InputLimits.maxFileBytes); refusing to read it");
    assertThat(FileSnapshot.read(p, InputLimits.of(100, 10)).size()).isEqualTo(100);
  }

  @Test
  void aFileWhoseAttributesTheWalkReadIsReadAsAnyOther() throws IOException {
    Path p = dir.resolve("vm.vmx");
    Files.writeString(p, "memsize = \"4096\"\n");
    BasicFileAttributes walked = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    FileSnapshot s = FileSnapshot.read(p, walked, InputLimits.defaults());
    FileSnapshot plain = FileSnapshot.read(p);
    assertThat(s.bytes()).isEqualTo(plain.bytes());
    assertThat(s.size()).isEqualTo(plain.size());
    assertThat(s.lastModified()).isEqualTo(walked.lastModifiedTime()).isEqualTo(plain.lastModified());
    assertThat(s.path()).isEqualTo(p);
    // The limits hold as they do without the attributes (the size the walk saw refuses at once).
    assertThatThrownBy(() -> FileSnapshot.read(p, walked, InputLimits.of(10, 10)))
        .isInstanceOf(VmdpException.class).hasMessageContaining("above the limit of 10 bytes");
    // Attributes that are not a regular file's are not trusted: the read looks for itself.
    BasicFileAttributes folder = Files.readAttributes(dir, BasicFileAttributes.class);
    assertThat(FileSnapshot.read(p, folder, InputLimits.defaults()).bytes()).isEqualTo(plain.bytes());
    assertThatThrownBy(() -> FileSnapshot.read(dir, folder, InputLimits.defaults()))
        .isInstanceOf(VmdpException.class).hasMessage(dir + ":1:1: not a regular file (a directory)");
  }

  @Test
  void namesAMissingFile() {
    Path p = dir.resolve("missing.vmx");
    assertThatThrownBy(() -> FileSnapshot.read(p)).isInstanceOf(VmdpException.class)
        .hasMessage(p + ":1:1: cannot read file: no such file");
  }

  @Test
  void defaultLimitsAreSixteenMibPerFileAndOneMibPerLine() {
    assertThat(InputLimits.defaults().maxFileBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(InputLimits.defaults().maxLineBytes()).isEqualTo(1024 * 1024);
    assertThat(InputLimits.defaults().withMaxLineBytes(5).maxLineBytes()).isEqualTo(5);
    assertThatThrownBy(() -> InputLimits.defaults().checkLineLength("f.vmx", 7, (1 << 20) + 1))
        .hasMessage("f.vmx:7: line is 1048577 bytes, above the limit of 1 MiB (InputLimits.maxLineBytes); "
            + "refusing to read the file");
    assertThatThrownBy(() -> InputLimits.of(-1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
