package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vmdp.io.esx.Esx4Lspci;
import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.EsxcliPcipassthruList;
import dev.vmdp.io.esx.LspciPciInfo;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Every host reader refuses every other reader's format with a located error, and reads its own:
 * no reader half-reads a format it does not know (the report was ESXi's {@code lspci -p} read as
 * lspci without a complaint). The samples are the readers' own fixtures, and a .vmx, a passthru.map
 * and a vmware.log, which no host reader takes.
 */
class HostReadersCrossTest {
  /** Each reader, by the format it reads. */
  static final Map<String, BiConsumer<byte[], String>> READERS = new LinkedHashMap<>();

  static {
    READERS.put("lspci", LspciReader::parse);
    READERS.put("lspci -p", LspciPciInfo::parse);
    READERS.put("ESX 4 lspci", Esx4Lspci::parse);
    READERS.put("esxcli hardware pci list", EsxcliPciList::parse);
    READERS.put("esxcli hardware pci pcipassthru list", EsxcliPcipassthruList::parse);
    READERS.put("module list", ModuleList::parse);
    READERS.put("esx.conf", EsxConf::parse);
  }

  /** A sample of each format, by the reader that reads it (null: no host reader reads it). */
  static Map<String, byte[]> samples() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("lspci", resource("lspci/server-lspci-nnvvv.txt"));
    m.put("lspci -t", resource("lspci/server-lspci-tvnn.txt"));
    m.put("ESXi lspci", resource("lspci/esxi-lspci.txt"));
    m.put("lspci -p", resource("esx/lspci-p-esxi7.txt"));
    m.put("lspci -p (ESXi 8)", resource("esx/lspci-p-esxi8-grep.txt"));
    m.put("ESX 4 lspci", resource("esx/esx4-lspci.txt"));
    m.put("esxcli hardware pci list", resource("esx/esxcli-pci-list.txt"));
    m.put("esxcli hardware pci pcipassthru list", resource("esx/pcipassthru-list.txt"));
    m.put("module list", resource("esx/esxcfg-module-list-esx40-vtd.txt"));
    m.put("module list (esxcli)", resource("esx/esxcli-system-module-list.txt"));
    m.put("esx.conf", resource("esx/esx.conf"));
    m.put(".vmx", resource("vmx/esxi7-gpu-passthrough.vmx"));
    m.put("passthru.map", ("# passthrough attributes for devices\n10de ffff bridge false\n8086 10c6 d3d0 default\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    m.put("vmware.log", resource("log/ws17-space.log"));
    return m;
  }

  /** The reader a sample is for, or null when no host reader reads it. */
  static String readerOf(String sample) {
    return switch (sample) {
      case "lspci", "lspci -t", "ESXi lspci" -> "lspci";
      case "lspci -p", "lspci -p (ESXi 8)" -> "lspci -p";
      case "module list", "module list (esxcli)" -> "module list";
      case ".vmx", "passthru.map", "vmware.log" -> null;
      default -> sample;
    };
  }

  static byte[] resource(String name) {
    try (InputStream in = HostReadersCrossTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void eachReaderReadsItsOwnFormatAndRefusesEveryOtherWithItsPlace() {
    int refusals = 0;
    for (Map.Entry<String, byte[]> sample : samples().entrySet()) {
      for (Map.Entry<String, BiConsumer<byte[], String>> reader : READERS.entrySet()) {
        String what = reader.getKey() + " reading " + sample.getKey();
        if (reader.getKey().equals(readerOf(sample.getKey()))) {
          assertThatCode(() -> reader.getValue().accept(sample.getValue(), "sample.txt")).as(what).doesNotThrowAnyException();
          continue;
        }
        VmdpException e = catchThrowableOfType(VmdpException.class, () -> reader.getValue().accept(sample.getValue(),
            "sample.txt"));
        assertThat(e).as(what + " refuses it").isNotNull();
        assertThat(e.getMessage()).as(what).matches("^sample\\.txt:\\d+:\\d+: not .+");
        assertThat(e.location()).as(what).isPresent();
        refusals++;
      }
    }
    assertThat(refusals).isEqualTo(samples().size() * READERS.size() - 11);
  }
}
