package dev.vmdp.console.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The CLI end to end under generated input (fixed seeds, bounded examples): {@code vmx cat} and
 * {@code map cat} give any file back byte for byte; {@code vmx set} of any key and value is either
 * refused (exit 2, the file named, the file untouched) or read back by {@code vmx get} with every
 * other line unchanged; no run prints a stack trace. {@code @Timeout} is a hang guard only.
 */
class CliPropertiesTest {
  private static final String KEY_CHARS = "aZ09._:-=#@ \t\"\n\r|\u00e9\u0000";
  private static final String VALUE_CHARS = "ab @-\"|#=\n\r\t\\\u007f\u0000\u00e9\u4eee\ud83d\ude00";

  @TempDir
  Path dir;

  private final AtomicInteger counter = new AtomicInteger();

  static Gen<byte[]> anyBytes() {
    return Generate.byteArrays(Generate.range(0, 400), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }

  static Gen<String> stringOf(String chars, int max) {
    List<Integer> pool = chars.codePoints().boxed().toList();
    return SourceDSL.lists().of(Generate.pick(pool)).ofSizeBetween(0, max).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      return sb.toString();
    });
  }

  static Gen<String> keys() {
    Gen<String> plain = stringOf("abcXYZ019._:", 10);
    return Generate.frequency(org.quicktheories.api.Pair.of(2, plain),
        org.quicktheories.api.Pair.of(1, stringOf(KEY_CHARS, 10)),
        org.quicktheories.api.Pair.of(1, Generate.pick(List.of("memsize", "MEMSIZE", "displayName",
            "pciPassthru0.id", "config.version"))));
  }

  static Gen<String> values() {
    Gen<String> anyText = SourceDSL.lists().of(Generate.characters(1, 0xD7FF)).ofSizeBetween(0, 20)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    return Generate.oneOf(anyText, stringOf(VALUE_CHARS, 20));
  }

  private Path write(String name, byte[] bytes) {
    try {
      return Files.write(Files.createDirectory(dir.resolve("c" + counter.incrementAndGet())).resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Timeout(300)
  void vmxCatAndMapCatGiveAnyFileBackByteForByte() {
    qt().withFixedSeed(42).withExamples(150).forAll(anyBytes()).checkAssert(bytes -> {
      Path vmx = write("any.vmx", bytes);
      Cli.Result r = Cli.vmdp("vmx", "cat", vmx.toString());
      assertThat(r.code()).isZero();
      assertThat(r.outBytes()).isEqualTo(bytes);
      Cli.Result m = Cli.vmdp("map", "cat", vmx.toString());
      assertThat(m.code()).isZero();
      assertThat(m.outBytes()).isEqualTo(bytes);
    });
  }

  @Test
  @Timeout(300)
  void vmxSetOfAnyKeyAndValueIsRefusedOrReadBackWithEveryOtherLineUnchanged() {
    byte[] original = Fixtures.bytes(Fixtures.VMX);
    qt().withFixedSeed(42).withExamples(250).forAll(keys(), values()).checkAssert((key, value) -> {
      Path file = write("vm.vmx", original);
      Cli.Result set = Cli.vmdp("vmx", "set", "--", file.toString(), key, value);
      CliBadInputTest.assertNoTrace(set);
      if (set.code() == 2) {
        assertThat(set.errLines()).hasSize(1);
        assertThat(set.errLines().get(0)).startsWith(file + ": ");
        assertThat(read(file)).isEqualTo(original);
        assertThat(file.resolveSibling("vm.vmx.bak")).doesNotExist();
        return;
      }
      assertThat(set.code()).as(set.err()).isZero();
      Cli.Result get = Cli.vmdp("vmx", "get", "--", file.toString(), key);
      assertThat(get.code()).as(get.err()).isZero();
      assertThat(get.out()).isEqualTo(value + "\n");
      List<String> before = lines(original);
      List<String> after = lines(read(file));
      List<String> removed = new ArrayList<>(before);
      removed.removeAll(after);
      List<String> added = new ArrayList<>(after);
      added.removeAll(before);
      assertThat(removed).hasSizeLessThanOrEqualTo(1).allSatisfy(l -> assertThat(keyOf(l)).isEqualTo(lower(key)));
      assertThat(added).hasSizeLessThanOrEqualTo(1).allSatisfy(l -> assertThat(keyOf(l)).isEqualTo(lower(key)));
      assertThat(after.size() - before.size()).isEqualTo(added.size() - removed.size());
    });
  }

  @Test
  @Timeout(300)
  void vmxSetOnAnyFileKeepsEveryByteOutsideItsLine() {
    qt().withFixedSeed(7).withExamples(150).forAll(anyBytes(), values()).checkAssert((bytes, value) -> {
      Path file = write("any.vmx", bytes);
      Cli.Result set = Cli.vmdp("vmx", "set", "--", file.toString(), "fuzz.key", value);
      CliBadInputTest.assertNoTrace(set);
      if (set.code() == 2) {
        assertThat(read(file)).isEqualTo(bytes);
        return;
      }
      assertThat(set.code()).isZero();
      assertThat(Cli.vmdp("vmx", "get", "--", file.toString(), "fuzz.key").out()).isEqualTo(value + "\n");
      byte[] after = read(file);
      // The new line is appended (after a line break when the file did not end with one).
      assertThat(new String(after, 0, bytes.length, StandardCharsets.ISO_8859_1))
          .isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1));
      assertThat(read(file.resolveSibling("any.vmx.bak"))).isEqualTo(bytes);
    });
  }

  private static List<String> lines(byte[] b) {
    return List.of(new String(b, StandardCharsets.UTF_8).split("\n", -1));
  }

  private static String keyOf(String line) {
    int eq = line.indexOf('=');
    return lower(eq < 0 ? line.strip() : line.substring(0, eq).strip());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
