package dev.vmdp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.model.vm.PciSlotNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model's value parsers against real files in {@code ../shared/corpus} (skipped when absent):
 * every Express capability lspci printed names a port type, every bridge bus range is valid, every
 * virtual slot number decodes and every passthrough id reads as an address.
 */
class CorpusConformanceTest {
  private static final Pattern EXPRESS = Pattern.compile("Capabilities: \\[[0-9a-f]+\\] (Express .*)");
  private static final Pattern BUS =
      Pattern.compile("Bus: primary=([0-9a-f]{2}), secondary=([0-9a-f]{2}), subordinate=([0-9a-f]{2})");
  private static final Pattern SLOT = Pattern.compile("(?i)pciSlotNumber\\s*=\\s*\"?(-?[0-9]+)\"?");
  private static final Pattern PASSTHRU_ID = Pattern.compile("(?i)pciPassthru[0-9]+\\.id\\s*=\\s*\"([^\"]*)\"");

  private static Path corpus() {
    Path dir = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus");
    assumeTrue(Files.isDirectory(dir), "../shared/corpus not found: skipping corpus conformance");
    return dir;
  }

  private static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        out.addAll(text.lines().toList());
      }
    }
    return out;
  }

  @Test
  void everyExpressCapabilityNamesAPortType() throws IOException {
    int seen = 0;
    for (String line : lines(corpus().resolve("lspci"))) {
      Matcher m = EXPRESS.matcher(line);
      if (m.find()) {
        seen++;
        assertThat(PortType.fromLspci(m.group(1))).as(line).isPresent();
      }
    }
    assertThat(seen).isGreaterThan(100);
  }

  @Test
  void everyBridgeBusRangeIsValid() throws IOException {
    int seen = 0;
    for (String line : lines(corpus().resolve("lspci"))) {
      Matcher m = BUS.matcher(line);
      if (m.find()) {
        seen++;
        BusRange r = BusRange.of(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16),
            Integer.parseInt(m.group(3), 16));
        assertThat(r.contains(r.secondary())).as(line).isTrue();
      }
    }
    assertThat(seen).isGreaterThan(10);
  }

  @Test
  void everyVirtualSlotNumberDecodes() throws IOException {
    int seen = 0;
    for (String line : lines(corpus().resolve("vmx"))) {
      Matcher m = SLOT.matcher(line);
      if (m.find()) {
        seen++;
        int raw = Integer.parseInt(m.group(1));
        PciSlotNumber.decode(raw).ifPresent(s -> assertThat(s.value()).isEqualTo(raw));
      }
    }
    assertThat(seen).isGreaterThan(100);
  }

  @Test
  void everyPassthroughIdReadsAsAnAddress() throws IOException {
    int seen = 0;
    for (String line : lines(corpus().resolve("vmx"))) {
      Matcher m = PASSTHRU_ID.matcher(line);
      if (m.find()) {
        seen++;
        assertThat(PciAddress.parseVmx(m.group(1))).as(line).isNotNull();
      }
    }
    assertThat(seen).isPositive();
  }
}
