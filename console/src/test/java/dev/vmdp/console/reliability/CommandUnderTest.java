package dev.vmdp.console.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A command line of the suite with one file argument (FILE) that the bad input replaces. */
enum CommandUnderTest {
  CHECK_VMX(Fixtures.VMX, ".vmx", "check", "FILE", "--esx", "4.0"),
  CHECK_LSPCI(Fixtures.LSPCI, ".txt", "check", "--lspci", "FILE"),
  CHECK_PCI_LIST(Fixtures.ESXCLI, ".txt", "check", "--pci-list", "FILE"),
  CHECK_MAP(Fixtures.MAP, ".map", "check", "--map", "FILE"),
  CHECK_ESX_CONF(Fixtures.ESX_CONF, ".conf", "check", "--esx-conf", "FILE"),
  CHECK_MODULES(Fixtures.MODULES, ".txt", "check", "--modules", "FILE"),
  CHECK_JSON(Fixtures.VMX, ".vmx", "check", "--format", "json", "FILE"),
  VMX_CAT(Fixtures.VMX, ".vmx", "vmx", "cat", "FILE"),
  VMX_GET(Fixtures.VMX, ".vmx", "vmx", "get", "FILE", "displayName"),
  VMX_SET(Fixtures.VMX, ".vmx", "vmx", "set", "FILE", "memsize", "2048"),
  VMX_UNSET(Fixtures.VMX, ".vmx", "vmx", "unset", "FILE", "memsize"),
  VMX_DEVICES(Fixtures.VMX, ".vmx", "vmx", "devices", "FILE"),
  MAP_CAT(Fixtures.MAP, ".map", "map", "cat", "FILE"),
  MAP_CHECK(Fixtures.MAP, ".map", "map", "check", "FILE"),
  MAP_CHECK_LSPCI(Fixtures.LSPCI, ".txt", "map", "check", "GOOD_MAP", "--lspci", "FILE"),
  EXPLAIN_LOG(Fixtures.LOG, ".log", "explain", "--log", "FILE"),
  RUN(Fixtures.SCRIPT, ".jsh", "run", "FILE");

  final String valid;
  final String extension;
  private final List<String> args;

  CommandUnderTest(String valid, String extension, String... args) {
    this.valid = valid;
    this.extension = extension;
    this.args = List.of(args);
  }

  /** The command line with FILE replaced (and a valid companion file where one is needed). */
  String[] line(Path file, Path dir) throws IOException {
    String[] line = new String[args.size()];
    for (int i = 0; i < line.length; i++) {
      String a = args.get(i);
      if (a.equals("FILE")) {
        a = file.toString();
      } else if (a.equals("GOOD_MAP")) {
        a = Files.writeString(dir.resolve("good.map"), Fixtures.MAP).toString();
      }
      line[i] = a;
    }
    return line;
  }

  /** The command line as a user would type it, for test names. */
  String display() {
    return "vmdp " + String.join(" ", args);
  }
}
