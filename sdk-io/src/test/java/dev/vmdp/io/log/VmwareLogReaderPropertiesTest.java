package dev.vmdp.io.log;

import dev.vmdp.model.log.LogLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VmwareLogReaderPropertiesTest {

  @Property(tries = 500, seed = "42")
  void anyBytesReadWithoutExceptionOneLinePerNewline(@ForAll("bytes") byte[] bytes) {
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
      assertThat(l.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(16 * 3);
      assertThat(l.text()).endsWith(l.message());
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> prefix = Arbitraries.of(
        "2016-11-12T22:46:42.635+08:00| vmx| I125: ", "2024-01-29T15:56:49.256Z In(05)+ vmx ", "Apr 22 03:04:15.771: vmx| ",
        "2013-04-22T03:04:15.771Z| vmx|", "2024-01-29T15:56:49.256Z In(05) ", "")
        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Arbitrary<Byte> interesting = Arbitraries.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '|', (byte) ':',
        (byte) '+', (byte) 0xe2, (byte) 0xff);
    Arbitrary<byte[]> body = Arbitraries.oneOf(Arbitraries.bytes(), interesting).array(byte[].class).ofMaxSize(80);
    return net.jqwik.api.Combinators.combine(prefix, body).as((p, b) -> {
      byte[] out = new byte[p.length + b.length];
      System.arraycopy(p, 0, out, 0, p.length);
      System.arraycopy(b, 0, out, p.length, b.length);
      return out;
    }).list().ofMaxSize(6).map(parts -> {
      java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
      parts.forEach(o::writeBytes);
      return o.toByteArray();
    });
  }
}
