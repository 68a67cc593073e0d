package dev.vmdp.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceInventoryTest {
  @TempDir
  Path dir;

  @Test
  void checksEachVmAgainstItsOwnHost() throws Exception {
    String guide = new String(GuideSample.vmx(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("good.vmx"), guide);
    // On the second host the devices are not enabled for passthrough and the UUID differs.
    Files.writeString(dir.resolve("moved.vmx"), guide.replace("displayName = \"RHEL3\"", "displayName = \"moved\""));
    Files.writeString(dir.resolve("inventory.yaml"), ""
        + "hosts:\n"
        + "  esx-guide:\n"
        + "    version: '4.0'\n"
        + "    uuid: 48c4619b-6d58-18db-2a0e-000423d1e6f6\n"
        + "    devices:\n"
        + "      - {address: '0000:03:00.0', id: '12ab:3456', passthrough: active}\n"
        + "      - {address: '0000:02:00.0', id: '78cd:6543', passthrough: active}\n"
        + "  esx-other:\n"
        + "    version: '4.0'\n"
        + "    uuid: 11111111-2222-3333-4444-555555555555\n"
        + "    devices:\n"
        + "      - {address: '0000:03:00.0', id: '12ab:3456', passthrough: disabled}\n"
        + "      - {address: '0000:02:00.0', id: '78cd:6543', passthrough: disabled}\n"
        + "vms:\n"
        + "  - {vmx: good.vmx, host: esx-guide}\n"
        + "  - {vmx: moved.vmx, host: esx-other}\n");
    Workspace ws = Workspace.create().inventory(dir.resolve("inventory.yaml"));
    assertThat(ws.vms()).extracting(VirtualMachine::name).containsExactly("RHEL3", "moved");
    Report r = ws.check();
    assertThat(r.byRule("VMDP203")).extracting(Finding::subject)
        .containsExactly("vm moved pciPassthru0", "vm moved pciPassthru1");
    assertThat(r.byRule("VMDP204")).extracting(Finding::subject).allMatch(s -> s.startsWith("vm moved"));
    assertThat(r.byRule("VMDP204")).hasSize(2);
  }
}
