package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.FileSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every .vmx file of the shared corpus round-trips byte for byte, and its decoded displayName and
 * memsize agree with libvirt's and virt-v2v's readings. Skipped when ../shared is absent.
 */
class VmxCorpusConformanceTest {
  /** libvirt's default memory when a .vmx has no memsize: 32 MB. */
  private static final long LIBVIRT_DEFAULT_MEMORY_KIB = 32 * 1024;
  private static final Pattern XML_NAME = Pattern.compile("<name>(.*?)</name>");
  private static final Pattern XML_MEMORY = Pattern.compile("<memory unit='KiB'>(\\d+)</memory>");
  private static final Pattern V2V_NAME = Pattern.compile("(?m)^\\s*source name: (.*)$");
  private static final Pattern V2V_MEMORY = Pattern.compile("(?m)^\\s*memory: (\\d+) \\(bytes\\)$");

  private static Path corpus() {
    Path dir = Path.of(System.getProperty("vmdp.shared.dir", "../../shared")).resolve("corpus");
    Assumptions.assumeTrue(Files.isDirectory(dir.resolve("vmx")),
        "../shared/corpus not found at " + dir.toAbsolutePath() + ": skipping the corpus conformance tests");
    return dir;
  }

  private static List<Path> vmxFiles(Path corpus) throws IOException {
    try (Stream<Path> s = Files.walk(corpus.resolve("vmx"))) {
      return s.filter(p -> p.toString().endsWith(".vmx")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFileRoundTripsByteForByte() throws IOException {
    Path corpus = corpus();
    List<Path> files = vmxFiles(corpus);
    assertThat(files).hasSizeGreaterThan(100);
    return files.stream().map(f -> DynamicTest.dynamicTest(corpus.relativize(f).toString(), () -> {
      FileSnapshot snap = FileSnapshot.read(f);
      VmxDocument doc = VmxDocument.parse(snap);
      assertThat(doc.toBytes()).isEqualTo(snap.bytes());
      assertThat(doc.lines()).hasSize(doc.lineCount());
      assertThat(doc.diagnostics()).allSatisfy(d -> assertThat(d.ruleId()).matches("VMDP60[1-5]"));
      doc.keys().forEach(k -> assertThat(doc.get(k)).isPresent());
      // A quoted value set again to what it reads as leaves the file alone.
      if (doc.entry("displayName").map(VmxEntry::quoted).orElse(false)) {
        assertThat(doc.set("displayName", doc.get("displayName").orElseThrow()).toBytes()).isEqualTo(snap.bytes());
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> decodedValuesAgreeWithLibvirt() throws IOException {
    Path corpus = corpus();
    Path expectedDir = corpus.resolve("expected/vmx/libvirt");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> s = Files.list(expectedDir)) {
      for (Path xml : s.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        String base = xml.getFileName().toString().replace(".xml", ".vmx");
        Path vmx = corpus.resolve("vmx/libvirt").resolve(base);
        tests.add(DynamicTest.dynamicTest(base, () -> {
          String expected = Files.readString(xml, StandardCharsets.UTF_8);
          VmxDocument doc = VmxDocument.read(vmx);
          assertThat(doc.get("displayName")).contains(xmlText(group(XML_NAME, expected)));
          long memoryKib = Long.parseLong(group(XML_MEMORY, expected));
          long expectedKib = doc.get("memsize").map(m -> Long.parseLong(m) * 1024).orElse(LIBVIRT_DEFAULT_MEMORY_KIB);
          assertThat(expectedKib).isEqualTo(memoryKib);
        }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(50);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> decodedValuesAgreeWithVirtV2v() throws IOException {
    Path corpus = corpus();
    Path expectedDir = corpus.resolve("expected/vmx/virt-v2v");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> s = Files.list(expectedDir)) {
      for (Path txt : s.filter(p -> p.toString().endsWith(".expected.txt")).sorted().toList()) {
        String base = txt.getFileName().toString().replace(".expected.txt", ".vmx");
        tests.add(DynamicTest.dynamicTest(base, () -> {
          String expected = Files.readString(txt, StandardCharsets.UTF_8);
          VmxDocument doc = VmxDocument.read(corpus.resolve("vmx/virt-v2v").resolve(base));
          assertThat(doc.get("displayName")).contains(group(V2V_NAME, expected).strip());
          long bytes = Long.parseLong(group(V2V_MEMORY, expected));
          assertThat(Long.parseLong(doc.get("memsize").orElseThrow()) * 1024 * 1024).isEqualTo(bytes);
        }));
      }
    }
    assertThat(tests).hasSize(7);
    return tests.stream();
  }

  private static String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    assertThat(m.find()).as("pattern %s in expected file", p).isTrue();
    return m.group(1);
  }

  private static String xmlText(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }
}
