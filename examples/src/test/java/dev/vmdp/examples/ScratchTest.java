package dev.vmdp.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
  @TempDir Path dir;

  @Test
  void scratch() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(b, true, StandardCharsets.UTF_8);
    ExampleFiles.copyTo(dir, "broadcom", "w2k8-app.vmx");
    BroadcomMsiExample.run(dir, out);
    out.println("=========");
    ExampleFiles.copyTo(dir, "passthrumap", "lspci.txt", "old-passthru.map");
    PassthruMapExample.run(dir, out);
    out.println("=========");
    ExampleFiles.copyTo(dir, "readiness", "modules.txt", "modules-bios-off.txt", "esx.conf", "esxcli-pci-list.txt");
    HostReadinessExample.run(dir, out);
    System.out.println(b.toString(StandardCharsets.UTF_8));
  }
}
