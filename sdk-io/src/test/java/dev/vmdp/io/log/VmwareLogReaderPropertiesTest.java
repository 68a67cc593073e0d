package dev.vmdp.io.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.log.LogLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The vmware.log reader accepts any bytes and yields one numbered, bounded line per newline. */
class VmwareLogReaderPropertiesTest {

  @Test
  void anyBytesReadWithoutExceptionOneLinePerNewline() {
    qt().withFixedSeed(42).withExamples(500).forAll(bytes()).checkAssert(bytes -> {
      List<LogLine> lines;
      try (VmwareLogReader r = VmwareLogReader.of(new ByteArrayInputStream(bytes), "fuzz.log", 16)) {
        lines = r.stream().toList();
      }
      long newlines = 0;
      for (byte b : bytes) {
        if (b == '\n') {
          newlines++;
        }
      }
      boolean tail = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
      assertThat(lines).hasSize((int) (newlines + (tail ? 1 : 0)));
      for (int i = 0; i < lines.size(); i++) {
        LogLine l = lines.get(i);
        assertThat(l.number()).isEqualTo(i + 1);
        assertThat(l.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(16 * 3);
        assertThat(l.text()).endsWith(l.message());
      }
    });
  }

  /** Up to 6 pieces, each a real log prefix (or none) followed by up to 80 arbitrary or log-relevant bytes. */
  private static Gen<byte[]> bytes() {
    Gen<byte[]> prefix = Generate.pick(List.of(
        "2016-11-12T22:46:42.635+08:00| vmx| I125: ", "2024-01-29T15:56:49.256Z In(05)+ vmx ", "Apr 22 03:04:15.771: vmx| ",
        "2013-04-22T03:04:15.771Z| vmx|", "2024-01-29T15:56:49.256Z In(05) ", ""))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Gen<Byte> interesting = Generate.pick(List.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '|', (byte) ':',
        (byte) '+', (byte) 0xe2, (byte) 0xff));
    Gen<Byte> any = Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
    Gen<byte[]> body = Generate.byteArrays(Generate.range(0, 80), Generate.oneOf(any, interesting));
    Gen<byte[]> piece = prefix.zip(body, (p, b) -> {
      byte[] out = new byte[p.length + b.length];
      System.arraycopy(p, 0, out, 0, p.length);
      System.arraycopy(b, 0, out, p.length, b.length);
      return out;
    });
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 6).map(parts -> {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      parts.forEach(o::writeBytes);
      return o.toByteArray();
    }).describedAs(Arrays::toString);
  }
}
