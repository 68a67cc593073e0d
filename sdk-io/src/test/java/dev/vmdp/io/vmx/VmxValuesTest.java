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

  @Test
  void readsKeysAfterLineEndsOnEitherSideOfAWordBoundary() {
    for (String eol : List.of("\n", "\r\n", "\r")) {
      for (int pad = 0; pad < 17; pad++) {
        // "x = " plus the padding puts the first line end at offsets 4 to 20 (two word boundaries).
        String first = "x = " + "y".repeat(pad) + eol;
        String vmx = first + "memsize = \"512\"" + eol + "# memsize = \"1\"" + eol + "guestOS = \"g\"";
        Map<String, String> v = VmxValues.reader(List.of("memsize", "guestOS", "x"))
            .read(vmx.getBytes(StandardCharsets.US_ASCII));
        assertThat(v).as("eol %s pad %d", eol.replace("\r", "CR").replace("\n", "LF"), pad)
            .containsExactly(Map.entry("memsize", "512"), Map.entry("guestOS", "g"),
                Map.entry("x", "y".repeat(pad)));
      }
    }
  }

  @Test
  void aBareCarriageReturnEndsALineInsideAWord() {
    byte[] vmx = "a = 1\rmemsize = 2\rb = 3\r\nguestOS = 4".getBytes(StandardCharsets.US_ASCII);
    assertThat(VmxValues.read(vmx, List.of("memsize", "guestOS", "b")))
        .containsExactly(Map.entry("memsize", "2"), Map.entry("guestOS", "4"), Map.entry("b", "3"));
  }

  @Test
  void aPreparedReaderReadsManyFilesAndTheSameKeyTwiceInAnyCase() {
    VmxValues.Reader reader = VmxValues.reader(List.of("memsize", "MEMSIZE", "a b", ""));
    assertThat(reader.read("MemSize = \"1\"\n".getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(Map.entry("memsize", "1"), Map.entry("MEMSIZE", "1"));
    assertThat(reader.read("memsize = 2\n".getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(Map.entry("memsize", "2"), Map.entry("MEMSIZE", "2"));
    assertThat(reader.read(new byte[0])).isEmpty();
  }

  @Test
  void aKeyThatIsNotAsciiIsLookedUpInTheFilesEncoding() {
    byte[] latin = ".encoding = \"windows-1252\"\n\u00e4k = \"\u00e4\"\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = "\u00e4k = \"\u00e4\"\n".getBytes(StandardCharsets.UTF_8);
    VmxValues.Reader reader = VmxValues.reader(List.of("\u00e4k"));
    assertThat(reader.read(latin)).containsExactly(Map.entry("\u00e4k", "\u00e4"));
    assertThat(reader.read(utf8)).containsExactly(Map.entry("\u00e4k", "\u00e4"));
  }

  @Test
  void skipsLinesThatStartWithTheKeyButAreNotEntries() {
    byte[] vmx = "memsize junk\nmemsize = \"open\nmemsize = 3\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(VmxValues.read(vmx, List.of("memsize"))).containsExactly(Map.entry("memsize", "3"));
  }

  @Test
  void readsOnToALaterEncodingOnlyWhenAFoundValueDependsOnIt() {
    VmxValues.Reader reader = VmxValues.reader(List.of("displayName", "memsize"));
    byte[] escaped = "displayName = \"|C3|A4\"\nmemsize = 4\n.encoding = \"windows-1252\"\n"
        .getBytes(StandardCharsets.US_ASCII);
    assertThat(reader.read(escaped)).containsExactly(Map.entry("displayName", "\u00c3\u00a4"), Map.entry("memsize", "4"));
    byte[] plain = "displayName = \"vm\"\nmemsize = 4\n.encoding = \"windows-1252\"\n"
        .getBytes(StandardCharsets.US_ASCII);
    assertThat(reader.read(plain)).containsExactly(Map.entry("displayName", "vm"), Map.entry("memsize", "4"));
  }

  @Test
  void theConvenienceReadFollowsTheKeysOfEachCall() {
    byte[] vmx = "memsize = 1\nguestOS = g\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(VmxValues.read(vmx, List.of("memsize"))).containsExactly(Map.entry("memsize", "1"));
    assertThat(VmxValues.read(vmx, List.of("guestOS"))).containsExactly(Map.entry("guestOS", "g"));
    assertThat(VmxValues.read(vmx, List.of("guestOS", "memsize")))
        .containsExactly(Map.entry("guestOS", "g"), Map.entry("memsize", "1"));
    assertThat(VmxValues.read(vmx, List.of("memsize", "guestOS")))
        .containsExactly(Map.entry("memsize", "1"), Map.entry("guestOS", "g"));
    assertThat(VmxValues.read(vmx, java.util.Set.of("memsize"))).containsExactly(Map.entry("memsize", "1"));
    assertThat(VmxValues.read(vmx, List.of())).isEmpty();
  }
}
