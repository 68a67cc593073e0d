package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.GuideSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndVmxCommandsTest {
  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();

  private Path guide() throws Exception {
    return Files.write(dir.resolve("rhel3.vmx"), GuideSample.vmx());
  }

  @Test
  void checkWithoutFilesChecksTheBuiltInExampleAndSaysSo() {
    assertThat(cli.vmdp("check")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).startsWith("No files given: checking the built-in example");
    assertThat(cli.out()).contains("errors,");
  }

  @Test
  void checkJsonKeepsStdoutOneJsonObject() {
    assertThat(cli.vmdp("check", "--format", "json")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).startsWith("{\"findings\":[").contains("\"assumptions\":[").endsWith("}\n");
    assertThat(cli.err()).startsWith("No files given");
  }

  @Test
  void checkReadsFilesAndReportsUnreadableOnesWithExitTwo() throws Exception {
    Path vmx = guide();
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0")).isIn(ExitCode.OK, ExitCode.FINDINGS);
    assertThat(cli.err()).isEmpty();
    assertThat(cli.vmdp("check", dir.resolve("missing.vmx").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).contains("missing.vmx");
    assertThat(cli.vmdp("check", "--esx", "four", vmx.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).contains("four");
  }

  @Test
  void vmxCatIsByteIdenticalEvenForOddFiles() throws Exception {
    byte[] odd = "\uFEFF#!/usr/bin/vmware\r\nmemsize = 512 # comment\r\ngarbage line\rdisplayName = \"a|22b\"".getBytes(
        StandardCharsets.UTF_8);
    Path f = Files.write(dir.resolve("odd.vmx"), odd);
    assertThat(cli.vmdp("vmx", "cat", f.toString())).isEqualTo(ExitCode.OK);
    assertThat(cli.outBytes()).isEqualTo(odd);
  }

  @Test
  void vmxGetDecodesAndExitsOneForAnAbsentKey() throws Exception {
    Path f = Files.writeString(dir.resolve("a.vmx"), "displayName = \"say |22hi|22\"\nempty = \"\"\n");
    assertThat(cli.vmdp("vmx", "get", f.toString(), "DISPLAYNAME")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).isEqualTo("say \"hi\"\n");
    assertThat(cli.vmdp("vmx", "get", f.toString(), "empty")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).isEqualTo("\n");
    assertThat(cli.vmdp("vmx", "get", f.toString(), "memsize")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void vmxSetEscapesKeepsEverythingElseAndBacksUp() throws Exception {
    Path f = Files.writeString(dir.resolve("a.vmx"), "# keep me\r\nmemSize = \"512\"\r\nguestOS = \"rhel3\"\r\n");
    assertThat(cli.vmdp("vmx", "set", f.toString(), "memsize", "1024")).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(f)).isEqualTo("# keep me\r\nmemSize = \"1024\"\r\nguestOS = \"rhel3\"\r\n");
    assertThat(Files.readString(dir.resolve("a.vmx.bak"))).contains("\"512\"");
    assertThat(cli.vmdp("vmx", "set", f.toString(), "annotation", "line1\nline2 \"q\"")).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(f)).endsWith("annotation = \"line1|0Aline2 |22q|22\"\r\n");
    assertThat(cli.vmdp("vmx", "set", f.toString(), "bad key", "x")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).contains("bad key");
  }

  @Test
  void vmxSetRefusesWhileTheVmIsRunningUnlessForced() throws Exception {
    Path f = Files.writeString(dir.resolve("a.vmx"), "memsize = \"512\"\n");
    Files.createDirectory(dir.resolve("a.vmx.lck"));
    assertThat(cli.vmdp("vmx", "set", f.toString(), "memsize", "1024")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).contains("a.vmx");
    assertThat(Files.readString(f)).isEqualTo("memsize = \"512\"\n");
    assertThat(cli.vmdp("vmx", "set", "--force", f.toString(), "memsize", "1024")).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(f)).isEqualTo("memsize = \"1024\"\n");
  }

  @Test
  void vmxUnsetRemovesEveryLineOfTheKey() throws Exception {
    Path f = Files.writeString(dir.resolve("a.vmx"), "a = \"1\"\nb = \"2\"\nA = \"3\"\n");
    assertThat(cli.vmdp("vmx", "unset", f.toString(), "a")).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(f)).isEqualTo("b = \"2\"\n");
    assertThat(cli.vmdp("vmx", "unset", f.toString(), "zzz")).isEqualTo(ExitCode.OK);
    assertThat(cli.err()).contains("nothing to do");
  }

  @Test
  void vmxDevicesListsEntriesDecoded() throws Exception {
    assertThat(cli.vmdp("vmx", "devices", guide().toString())).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("pciPassthru0\n  kind        DirectPath\n"
            + "  id          \"03:00.0\" = host 0000:03:00.0\n  device      12ab:3456\n")
        .contains("slot        192 (pciBridge5 function 0, device 0)");
  }

  @Test
  void vmxDevicesShowsTheKindOfEachEntryAndItsFacts() throws Exception {
    Path vmx = Files.writeString(dir.resolve("mixed.vmx"), """
        virtualHW.version = "21"
        pciPassthru0.present = "TRUE"
        pciPassthru0.vgpu = "grid_t4-4q"
        pciPassthru0.cfg.enable_uvm = "1"
        pciPassthru1.present = "TRUE"
        pciPassthru1.allowedDevices = "0x10de:0x20b5"
        pciPassthru31.present = "TRUE"
        pciPassthru31.pfId = "00000:026:00.1"
        pciPassthru31.systemId = "BYPASS"
        pciPassthru31.networkName = "VM Network"
        pciPassthru31.generatedAddress = "00:50:56:9a:31:01"
        pciPassthru31.addressType = "generated"
        """);
    assertThat(cli.vmdp("vmx", "devices", vmx.toString())).isEqualTo(ExitCode.OK);
    assertThat(cli.out())
        .contains("pciPassthru0\n  kind        vGPU\n  profile     \"grid_t4-4q\"\n  cfg.enable_uvm = \"1\"\n")
        .contains("pciPassthru1\n  kind        Dynamic DirectPath\n  allowed     [10de:20b5]\n")
        .contains("pciPassthru31\n  kind        SR-IOV passthrough\n  pf          \"00000:026:00.1\" = host 0000:1a:00.1\n"
            + "  network     \"VM Network\"\n  mac         00:50:56:9a:31:01 (generated)\n  systemId    BYPASS\n");
  }
}
