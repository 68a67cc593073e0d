package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link VmxValues} against {@link VmxDocument#get(String)} on generated VMX-like files. Strings
 * here stand for bytes (ISO-8859-1, one char a byte), so {@code "\u00c3\u00a4"} is the UTF-8 of
 * {@code ä} and {@code "\u00e4"} its windows-1252 byte.
 */
class VmxValuesPropertiesTest {
  /** The keys looked up: ASCII keys in two cases, a non-ASCII key, and keys no line can hold. */
  private static final List<String> WANTED = List.of("displayName", "memsize", "pciPassthru0.id", "a",
      ".encoding", "\u00e4k", "DISPLAYNAME", "x y", "");
  /** ASCII keys only, without {@code .encoding}: the reader may stop before the file's end. */
  private static final List<String> ASCII_WANTED = List.of("displayName", "memsize", "pciPassthru0.id", "a");

  private static final List<String> KEYS = List.of("displayName", "displayname", "DisplayName",
      "displayName2", "display", "memsize", "memSize", "MEMSIZE", "memsize.x", "memsiz", ".encoding",
      ".ENCODING", ".encodingX", "pciPassthru0.id", "pciPassthru0.ID", "pciPassthru0.idx",
      "pciPassthru0.present", "pciBridge0.present", "a", "A", "ab", "\u00e4k", "\u00c4k",
      "\u00c3\u00a4k", "\u00c3\u00a4K", "k\u00ff", "x");

  private static final List<String> VALUE_PIECES = List.of("512", "RHEL 3", "say |22hi|22", "|4|41",
      "|", "|0A", "\u00e4", "\u00c3\u00a4", "\u00a8\u00a4", "#", "=", "\"", " ", "\t", "x",
      "windows-1252", "GBK", "UTF-8", "utf-8", "bogus", "UTF-16", "\u0000");

  private static final List<String> ENCODINGS =
      List.of("UTF-8", "windows-1252", "GBK", "utf-8", "bogus", "UTF-16", "Shift_JIS");

  private static final List<String> TERMINATORS = List.of("\n", "\r\n", "\r", "\r\r\n", "\n\r", "");

  private static Gen<String> blanks(int max) {
    return SourceDSL.lists().of(Generate.pick(List.of(' ', '\t'))).ofSizeBetween(0, max)
        .map(VmxValuesPropertiesTest::join);
  }

  private static Gen<String> valueText() {
    return SourceDSL.lists().of(Generate.pick(VALUE_PIECES)).ofSizeBetween(0, 6)
        .map(l -> String.join("", l));
  }

  /** Quoted (sometimes left open), unquoted, or an {@code .encoding} name. */
  private static Gen<String> value() {
    Gen<String> quoted = valueText().map(v -> "\"" + v.replace("\"", "") + "\"");
    Gen<String> open = valueText().map(v -> "\"" + v);
    Gen<String> unquoted = valueText();
    Gen<String> encoding = Generate.pick(ENCODINGS).map(e -> "\"" + e + "\"");
    return Generate.frequency(Pair.of(6, quoted), Pair.of(1, open), Pair.of(2, unquoted),
        Pair.of(2, encoding));
  }

  private static Gen<String> entry() {
    return entry(KEYS);
  }

  private static Gen<String> entry(List<String> keys) {
    Gen<String> comment = Generate.frequency(Pair.of(3, Generate.constant("")),
        Pair.of(1, valueText().map(c -> " # " + c.replace("\n", "").replace("\r", ""))));
    Gen<String> keyAndEquals = Generate.pick(keys).zip(blanks(3), blanks(3), (k, l, r) -> k + l + "=" + r);
    return blanks(9).zip(keyAndEquals, value(), blanks(2), comment, (i, k, v, t, c) -> i + k + v + t + c);
  }

  private static Gen<String> line() {
    Gen<String> junk = SourceDSL.lists().of(Generate.characters(0, 0xFF)).ofSizeBetween(0, 20)
        .map(VmxValuesPropertiesTest::join);
    Gen<String> comment = blanks(3).zip(valueText(), (i, c) -> i + "#" + c);
    Gen<String> noEquals = Generate.pick(KEYS).zip(valueText(), (k, v) -> k + " " + v);
    Gen<String> encoding = Generate.pick(ENCODINGS).map(e -> ".encoding = \"" + e + "\"");
    Gen<String> content = Generate.frequency(Pair.of(8, entry()), Pair.of(1, encoding),
        Pair.of(1, comment), Pair.of(1, blanks(9)), Pair.of(1, noEquals), Pair.of(1, junk));
    return content.zip(Generate.pick(TERMINATORS), (c, t) -> c + t);
  }

  /** Files of up to 30 lines, sometimes with a byte-order mark. */
  static Gen<byte[]> files() {
    Gen<String> bom = Generate.frequency(Pair.of(5, Generate.constant("")),
        Pair.of(1, Generate.constant("\u00ef\u00bb\u00bf")));
    return bom.zip(SourceDSL.lists().of(line()).ofSizeBetween(0, 30), (b, lines) -> b + String.join("", lines))
        .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void givesWhatTheDocumentGivesForEveryKey() {
    VmxValues.Reader reader = VmxValues.reader(WANTED);
    VmxValues.Reader ascii = VmxValues.reader(ASCII_WANTED);
    Map<String, Set<Integer>> terminatorOffsets = Map.of(
        "LF", new TreeSet<>(), "CRLF", new TreeSet<>(), "CR", new TreeSet<>());
    qt().withFixedSeed(42).withExamples(3000).forAll(files()).checkAssert(b -> {
      recordTerminators(b, terminatorOffsets);
      VmxDocument doc = VmxDocument.parse(b, "");
      Map<String, String> prepared = reader.read(b);
      for (String k : WANTED) {
        assertThat(prepared.get(k)).as(k).isEqualTo(doc.get(k).orElse(null));
      }
      assertThat(VmxValues.read(b, WANTED)).isEqualTo(prepared);
      Map<String, String> fromAscii = ascii.read(b);
      for (String k : ASCII_WANTED) {
        assertThat(fromAscii.get(k)).as(k).isEqualTo(doc.get(k).orElse(null));
      }
    });
    // The generator puts every kind of line end at every position in an 8-byte word.
    Set<Integer> all = Set.of(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(terminatorOffsets).allSatisfy((kind, offsets) -> assertThat(offsets).as(kind).isEqualTo(all));
  }

  @Test
  void givesWhatTheDocumentGivesWhenTheWantedKeysAreFound() {
    // Files made of entries of a few keys, so that every key is often found before the file ends
    // (and before a later .encoding): the cases where the reader may stop early.
    List<String> few = List.of("memsize", "MemSize", "a", "A", ".encoding", "x", "\u00e4k");
    Gen<byte[]> dense = SourceDSL.lists().of(entry(few).zip(Generate.pick(TERMINATORS), (c, t) -> c + t))
        .ofSizeBetween(1, 12).map(l -> String.join("", l).getBytes(StandardCharsets.ISO_8859_1));
    VmxValues.Reader reader = VmxValues.reader(WANTED);
    VmxValues.Reader ascii = VmxValues.reader(List.of("memsize", "a"));
    qt().withFixedSeed(42).withExamples(3000).forAll(dense).checkAssert(b -> {
      VmxDocument doc = VmxDocument.parse(b, "");
      Map<String, String> v = reader.read(b);
      for (String k : WANTED) {
        assertThat(v.get(k)).as(k).isEqualTo(doc.get(k).orElse(null));
      }
      Map<String, String> fromAscii = ascii.read(b);
      for (String k : List.of("memsize", "a")) {
        assertThat(fromAscii.get(k)).as(k).isEqualTo(doc.get(k).orElse(null));
      }
    });
  }

  private static void recordTerminators(byte[] b, Map<String, Set<Integer>> offsets) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
        offsets.get("CRLF").add(i % 8);
        i++;
      } else if (b[i] == '\r') {
        offsets.get("CR").add(i % 8);
      } else if (b[i] == '\n') {
        offsets.get("LF").add(i % 8);
      }
    }
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    chars.forEach(sb::append);
    return sb.toString();
  }

  @Test
  void theGeneratorMakesFilesWithTheWantedKeysInThem() {
    // Guards the test above against a generator that never produces a match.
    List<byte[]> sample = new ArrayList<>();
    qt().withFixedSeed(42).withExamples(300).forAll(files()).checkAssert(sample::add);
    long withValue = sample.stream()
        .filter(b -> VmxDocument.parse(b, "").get("memsize").isPresent()).count();
    long withEncoding = sample.stream()
        .filter(b -> !VmxDocument.parse(b, "").charset().equals(StandardCharsets.UTF_8)).count();
    long withNonAsciiKey = sample.stream()
        .filter(b -> VmxDocument.parse(b, "").get("\u00e4k").isPresent()).count();
    assertThat(withValue).isGreaterThan(30);
    assertThat(withEncoding).isGreaterThan(30);
    assertThat(withNonAsciiKey).isGreaterThan(10);
  }
}
