package dev.vmdp.io.log;

import dev.vmdp.model.log.LogFormat;
import dev.vmdp.model.log.LogLine;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VmwareLogReaderTest {

  private static List<LogLine> fixture(String name) {
    InputStream in = VmwareLogReaderTest.class.getResourceAsStream(name);
    try (Stream<LogLine> s = VmwareLogReader.of(in, name).stream()) {
      return s.toList();
    }
  }

  private static List<LogLine> read(byte[] bytes) {
    try (VmwareLogReader r = VmwareLogReader.of(new ByteArrayInputStream(bytes), "t.log")) {
      return r.stream().toList();
    }
  }

  @Test
  void readsPipeSeparatedLinesWithOffsetTimestampsThreadsAndLevels() {
    List<LogLine> lines = fixture("ws12-pipe.log");
    assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l.format()).isEqualTo(LogFormat.PIPE_SEPARATED));
    LogLine first = lines.get(0);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.timestamp()).contains(OffsetDateTime.of(2016, 11, 12, 22, 46, 42, 635_000_000, ZoneOffset.ofHours(8)));
    assertThat(first.timestampText()).contains("2016-11-12T22:46:42.635+08:00");
    assertThat(first.thread()).contains("vmx");
    assertThat(first.level()).contains("I125");
    assertThat(first.continued()).isFalse();
    assertThat(first.message()).startsWith("Log for VMware Workstation pid=4120");
    assertThat(lines.get(1).continued()).isTrue();
    assertThat(lines.get(1).message()).isEqualTo("MonPmc:   gen counters num: 4 width 48 write width 48");
    assertThat(lines.get(2).thread()).contains("vcpu-0");
    assertThat(lines.get(2).level()).contains("W115");
    assertThat(lines.get(2).source()).isEqualTo(SourceRef.of("ws12-pipe.log", 3));
    assertThat(lines.get(3).level()).contains("A100");
  }

  @Test
  void readsPipeSeparatedLinesWithoutALevel() {
    LogLine l = fixture("ws12-pipe.log").get(4);
    assertThat(l.level()).isEmpty();
    assertThat(l.thread()).contains("vmx");
    assertThat(l.timestamp()).contains(OffsetDateTime.of(2013, 4, 22, 3, 4, 15, 771_000_000, ZoneOffset.UTC));
    assertThat(l.message()).isEqualTo("DICT --- USER PREFERENCES");
  }

  @Test
  void readsAnEmptyMessage() {
    assertThat(fixture("ws12-pipe.log").get(5).message()).isEmpty();
    assertThat(fixture("ws17-space.log").get(1).message()).isEmpty();
    assertThat(fixture("ws17-space.log").get(4).message()).isEmpty();
  }

  @Test
  void readsSpaceSeparatedLines() {
    List<LogLine> lines = fixture("ws17-space.log");
    assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l.format()).isEqualTo(LogFormat.SPACE_SEPARATED));
    assertThat(lines.get(0).timestamp()).contains(OffsetDateTime.of(2024, 1, 29, 15, 56, 49, 256_000_000, ZoneOffset.UTC));
    assertThat(lines.get(0).level()).contains("In(05)");
    assertThat(lines.get(1).continued()).isTrue();
    assertThat(lines.get(2).level()).contains("Wa(03)");
    assertThat(lines.get(2).thread()).contains("vcpu-0");
    assertThat(lines.get(2).message()).contains("caused an IOMMU fault");
    assertThat(lines.get(3).level()).contains("Er(02)");
    assertThat(lines.get(3).thread()).contains("worker-37161");
    assertThat(lines.get(3).message()).isEqualTo("AH No device hints found");
  }

  @Test
  void readsEsx4MonthDayLinesWithTimeOfDayButNoFullTimestamp() {
    List<LogLine> lines = fixture("esx40-month-day.log");
    assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l.format()).isEqualTo(LogFormat.MONTH_DAY));
    LogLine l = lines.get(3);
    assertThat(l.timestampText()).contains("Apr 22 03:04:16.013");
    assertThat(l.timestamp()).isEmpty();
    assertThat(l.timeOfDay()).contains(LocalTime.of(3, 4, 16, 13_000_000));
    assertThat(l.thread()).contains("vmx");
    assertThat(l.level()).isEmpty();
    assertThat(l.message()).isEqualTo("PCIPassthru: PCI device 016:00.0 is marked wrong PCIe");
    assertThat(lines.get(5).thread()).contains("vcpu-0");
    assertThat(lines.get(5).timestampText()).contains("Apr  2 03:04:16.100");
  }

  @Test
  void keepsLinesWithoutAPrefixAsMessages() {
    List<LogLine> lines = read("PCIPassthru: successfully created the IOMMU mappings\n\n2024-13-45T99:00:00Z junk\n"
        .getBytes(UTF_8));
    assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l.format()).isEqualTo(LogFormat.UNSTAMPED));
    assertThat(lines.get(0).message()).isEqualTo("PCIPassthru: successfully created the IOMMU mappings");
    assertThat(lines.get(0).timestamp()).isEmpty();
    assertThat(lines.get(1).message()).isEmpty();
  }

  @Test
  void keepsATimestampShapedTextThatIsNoDateAsTextOnly() {
    LogLine l = read("2024-13-01T10:00:00.000Z| vmx| I005: odd\n".getBytes(UTF_8)).get(0);
    assertThat(l.format()).isEqualTo(LogFormat.PIPE_SEPARATED);
    assertThat(l.timestampText()).contains("2024-13-01T10:00:00.000Z");
    assertThat(l.timestamp()).isEmpty();
  }

  @Test
  void handlesCrlfAndAMissingFinalNewline() {
    List<LogLine> lines = read("2024-01-29T15:56:49.256Z In(05) vmx a\r\n2024-01-29T15:56:49.256Z In(05) vmx b\r"
        .getBytes(UTF_8));
    assertThat(lines).extracting(LogLine::message).containsExactly("a", "b\r");
    assertThat(lines).extracting(LogLine::number).containsExactly(1, 2);
  }

  @Test
  void keepsUndecodableBytesAsReplacementCharacters() {
    byte[] gbk = "2016-11-12T22:46:42.635+08:00| vmx| I125: 虚拟机 ok\n".getBytes(Charset.forName("GBK"));
    LogLine l = read(gbk).get(0);
    assertThat(l.message()).contains("\ufffd").endsWith(" ok");
    assertThat(l.level()).contains("I125");
    try (VmwareLogReader r = VmwareLogReader.of(new ByteArrayInputStream(gbk), "gbk.log", Charset.forName("GBK"))) {
      assertThat(r.stream().findFirst().orElseThrow().message()).isEqualTo("虚拟机 ok");
    }
  }

  @Test
  void cutsAnOverlongLineAndMarksItTruncated() {
    byte[] bytes = new byte[100];
    Arrays.fill(bytes, (byte) 'x');
    bytes[50] = '\n';
    List<LogLine> lines;
    try (VmwareLogReader r = VmwareLogReader.of(new ByteArrayInputStream(bytes), "long.log", 20)) {
      lines = r.stream().toList();
    }
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).text()).hasSize(20);
    assertThat(lines.get(0).truncated()).isTrue();
    assertThat(lines.get(1).number()).isEqualTo(2);
    assertThat(lines.get(1).text()).hasSize(20);
  }

  @Test
  void readsALineLongerThanTheLimitInTheDefaultReaderWithoutLoadingIt() {
    byte[] bytes = new byte[dev.vmdp.io.InputLimits.DEFAULT_MAX_LINE_BYTES * 3 + 5];
    Arrays.fill(bytes, (byte) 'y');
    bytes[bytes.length - 3] = '\n';
    List<LogLine> lines = read(bytes);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).truncated()).isTrue();
    assertThat(lines.get(0).text()).hasSize(dev.vmdp.io.InputLimits.DEFAULT_MAX_LINE_BYTES);
    assertThat(lines.get(1).text()).isEqualTo("yy");
  }

  @Test
  void readsAnEmptyStreamAsNoLines() {
    assertThat(read(new byte[0])).isEmpty();
    assertThat(read(new byte[] {'\n'})).singleElement().satisfies(l -> assertThat(l.text()).isEmpty());
  }

  @Test
  void namesTheFileAndLineWhenReadingFails() {
    InputStream failing = new InputStream() {
      private int calls;

      @Override
      public int read() throws IOException {
        throw new IOException("device gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (calls++ == 0) {
          byte[] line = "first\nsecond".getBytes(UTF_8);
          System.arraycopy(line, 0, b, off, line.length);
          return line.length;
        }
        throw new IOException("device gone");
      }
    };
    try (Stream<LogLine> s = VmwareLogReader.of(failing, "bad.log").stream()) {
      assertThatThrownBy(s::toList).isInstanceOf(VmdpException.class)
          .hasMessage("bad.log:2:1: cannot read file: device gone");
    }
  }

  @Test
  void namesAMissingFile() {
    Path missing = Path.of("target", "no-such-vmware.log");
    assertThatThrownBy(() -> VmwareLogReader.lines(missing))
        .isInstanceOf(VmdpException.class)
        .hasMessage(missing + ":1:1: cannot read file: no such file");
  }

  @Test
  void isSinglePass() {
    try (VmwareLogReader r = VmwareLogReader.of(new ByteArrayInputStream(new byte[0]), "t.log")) {
      r.iterator();
      assertThatThrownBy(r::iterator).isInstanceOf(IllegalStateException.class);
    }
  }
}
