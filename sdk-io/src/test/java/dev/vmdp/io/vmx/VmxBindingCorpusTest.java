package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every .vmx file of the shared corpus binds without an exception, an unchanged VM writes back
 * the same bytes, and the bound name and memory agree with libvirt's and virt-v2v's readings (the
 * files {@link VmxCorpusConformanceTest} compares the document with). Skipped when ../shared is
 * absent.
 */
class VmxBindingCorpusTest {
  private static final long LIBVIRT_DEFAULT_MEMORY_KIB = 32 * 1024;
  private static final Pattern XML_NAME = Pattern.compile("<name>(.*?)</name>");
  private static final Pattern XML_MEMORY = Pattern.compile("<memory unit='KiB'>(\\d+)</memory>");
  private static final Pattern V2V_NAME = Pattern.compile("(?m)^\\s*source name: (.*)$");
  private static final Pattern V2V_MEMORY = Pattern.compile("(?m)^\\s*memory: (\\d+) \\(bytes\\)$");

  private static Path corpus() {
    Path dir = Path.of(System.getProperty("vmdp.shared.dir", "../../shared")).resolve("corpus");
    Assumptions.assumeTrue(Files.isDirectory(dir.resolve("vmx")),
        "../shared/corpus not found at " + dir.toAbsolutePath() + ": skipping the binding corpus tests");
    return dir;
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFileBindsAndAnUnchangedVmWritesBackTheSameBytes() throws IOException {
    Path corpus = corpus();
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus.resolve("vmx"))) {
      files = s.filter(p -> p.toString().endsWith(".vmx")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    return files.stream().map(f -> DynamicTest.dynamicTest(corpus.relativize(f).toString(), () -> {
      VmxDocument doc = VmxDocument.read(f);
      VirtualMachine vm = VmxBinding.read(doc);
      assertThat(vm.name()).isNotBlank();
      assertThat(vm.diagnostics()).containsAll(doc.diagnostics());
      assertThat(vm.diagnostics()).allSatisfy(d -> assertThat(d.ruleId()).matches("VMDP60[1-6]"));
      assertThat(VmxBinding.apply(doc, vm, vm, VmxWriteOptions.defaults()).toBytes()).isEqualTo(doc.toBytes());
      vm.sources().values().forEach(s -> assertThat(s.line()).isBetween(1, doc.lineCount()));
    }));
  }

  @Test
  void theDecimalIdFormOfTheDocumentationFragmentsIsKeptAsWritten() {
    Path dir = corpus().resolve("vmx/dareoke-doc-fragments");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no dareoke-doc-fragments in the corpus");
    VirtualMachine vm = VmxBinding.read(VmxDocument.read(dir.resolve("k3s-gpu-agent-passthru-fragment.vmx")));
    PassthroughDevice gpu = vm.passthrough(0).orElseThrow();
    assertThat(gpu.id()).hasValue("0:66:0.0");
    assertThat(gpu.address().map(Object::toString)).hasValue("0000:42:00.0");
    assertThat(vm.use64bitMmio()).hasValue(true);
    assertThat(vm.mmioSizeGb()).isPresent();
  }

  @Test
  void theWildcardLineInTheWildIsNoEntry() {
    Path file = corpus().resolve("vmx/libvirt/esx-in-the-wild-14.vmx");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no esx-in-the-wild-14.vmx in the corpus");
    VirtualMachine vm = VmxBinding.read(VmxDocument.read(file));
    assertThat(vm.passthroughDevices()).isEmpty();
    assertThat(vm.diagnostics()).extracting(Diagnostic::ruleId).doesNotContain("VMDP606");
  }

  @TestFactory
  Stream<DynamicTest> nameAndMemoryAgreeWithLibvirt() throws IOException {
    Path corpus = corpus();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus.resolve("expected/vmx/libvirt"))) {
      for (Path xml : s.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        String base = xml.getFileName().toString().replace(".xml", ".vmx");
        tests.add(DynamicTest.dynamicTest(base, () -> {
          String expected = Files.readString(xml, StandardCharsets.UTF_8);
          VirtualMachine vm = VmxBinding.read(VmxDocument.read(corpus.resolve("vmx/libvirt").resolve(base)));
          assertThat(vm.displayName()).contains(xmlText(group(XML_NAME, expected)));
          long kib = vm.memoryMb().isPresent() ? vm.memoryMb().getAsLong() * 1024 : LIBVIRT_DEFAULT_MEMORY_KIB;
          assertThat(kib).isEqualTo(Long.parseLong(group(XML_MEMORY, expected)));
        }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(50);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> nameAndMemoryAgreeWithVirtV2v() throws IOException {
    Path corpus = corpus();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus.resolve("expected/vmx/virt-v2v"))) {
      for (Path txt : s.filter(p -> p.toString().endsWith(".expected.txt")).sorted().toList()) {
        String base = txt.getFileName().toString().replace(".expected.txt", ".vmx");
        tests.add(DynamicTest.dynamicTest(base, () -> {
          String expected = Files.readString(txt, StandardCharsets.UTF_8);
          VirtualMachine vm = VmxBinding.read(VmxDocument.read(corpus.resolve("vmx/virt-v2v").resolve(base)));
          assertThat(vm.name()).isEqualTo(group(V2V_NAME, expected).strip());
          assertThat(vm.memoryMb().orElseThrow() * 1024 * 1024).isEqualTo(Long.parseLong(group(V2V_MEMORY, expected)));
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
