package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddDeviceExampleTest {
  @TempDir Path dir;

  @Test
  void addsTheLsiHbaAsPciPassthru1AndSavesWithABackup() throws Exception {
    ExampleFiles.copyTo(dir, "adddevice", "db01.vmx", "lspci.txt");
    byte[] before = Files.readAllBytes(dir.resolve("db01.vmx"));

    Printed<Report> p = Printed.run(out -> AddDeviceExample.run(dir, "0000:04:00.0", out));

    assertThat(p.text()).contains("adding 0000:04:00.0 1000:0058 LSI Logic / Symbios Logic SAS1068E");
    assertThat(p.text()).contains("+pciPassthru1.present = \"TRUE\"", "+pciPassthru1.vendorId = \"1000\"",
        "+pciPassthru1.deviceId = \"0058\"", "+pciPassthru1.id = \"04:00.0\"",
        "+pciPassthru1.pciSlotNumber = \"192\"",
        "+pciPassthru1.systemId = \"4a7c8e1f-0b3d-5e6f-9a2b-3c4d5e6f7a8b\"");
    // the existing entry is untouched: only added lines in the diff
    assertThat(p.text().lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))).isEmpty();
    String saved = Files.readString(dir.resolve("db01.vmx"), StandardCharsets.UTF_8);
    assertThat(saved).startsWith(new String(before, StandardCharsets.UTF_8))
        .contains("pciPassthru1.id = \"04:00.0\"");
    assertThat(dir.resolve("db01.vmx.bak")).hasBinaryContent(before);
    // the guide names the LSI SAS 1068E as known to work on ESX 4.x (DOMAIN.md 3): no VMDP205
    assertThat(p.result().byRule("VMDP205")).isEmpty();
    assertThat(p.result().hasErrors()).isFalse();
  }

  @Test
  void nextFreeSlotFillsTheRootPortsBeforeTheirSecondFunctions() {
    assertThat(AddDeviceExample.nextFreeSlot(Set.of())).isEqualTo(160);
    assertThat(AddDeviceExample.nextFreeSlot(Set.of(160))).isEqualTo(192);
    assertThat(AddDeviceExample.nextFreeSlot(Set.of(160, 192, 224, 256))).isEqualTo(1184);
  }
}
