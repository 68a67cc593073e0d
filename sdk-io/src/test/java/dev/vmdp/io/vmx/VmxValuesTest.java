package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class VmxValuesTest {

  @Test
  void readsTheFirstOccurrenceCaseInsensitivelyAndDecodes() {
    byte[] vmx = ("\uFEFF.encoding = \"UTF-8\"\r\n# comment\ndisplayName = \"say |22hi|22\"\nMEMSIZE = \"512\"\n"
        + "memsize = \"1024\"\nbad line\nguestOS = rhel3 # unquoted\n").getBytes(StandardCharsets.UTF_8);
    Map<String, String> v = VmxValues.read(vmx, List.of("displayName", "memsize", "guestos", "numvcpus"));
    assertThat(v).containsExactly(Map.entry("displayName", "say \"hi\""), Map.entry("memsize", "512"),
        Map.entry("guestos", "rhel3"));
  }

  @Test
  void decodesWithTheDeclaredEncodingEvenWhenItComesLater() {
    byte[] gbk = "displayName = \"\u4e2d\u6587\"\n".getBytes(Charset.forName("GBK"));
    byte[] tail = ".encoding = \"GBK\"\n".getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[gbk.length + tail.length];
    System.arraycopy(gbk, 0, all, 0, gbk.length);
    System.arraycopy(tail, 0, all, gbk.length, tail.length);
    assertThat(VmxValues.read(all, List.of("displayName"))).containsEntry("displayName", "\u4e2d\u6587");
  }

  private static final byte[] STRUCTURE = {
      '=', '"', '#', ' ', '\t', '\n', '\r', '|', 'a', 'A', 'k', 'K', '.', '0', '1', '2', (byte) 0xE4, (byte) 0xB8};

  @Test
  void agreesWithTheDocumentOnAnyInput() {
    List<Byte> pool = new ArrayList<>();
    for (byte x : STRUCTURE) {
      pool.add(x);
    }
    Gen<Byte> one = Generate.frequency(Pair.of(5, Generate.pick(pool)),
        Pair.of(1, Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)));
    Gen<byte[]> bytes = SourceDSL.lists().of(one).ofSizeBetween(0, 300).map(l -> {
      byte[] out = new byte[l.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = l.get(i);
      }
      return out;
    });
    List<String> keys = List.of("a", "K", "ak", "a.k", "k1", ".encoding");
    qt().withFixedSeed(42).withExamples(1000).forAll(bytes).checkAssert(b -> {
      VmxDocument doc = VmxDocument.parse(b, "p.vmx");
      Map<String, String> v = VmxValues.read(b, keys);
      for (String k : keys) {
        assertThat(v.get(k)).as(k).isEqualTo(doc.get(k).orElse(null));
      }
    });
  }
}
