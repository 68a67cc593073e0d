package dev.vmdp.io.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.log.VmwareLogReader;
import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.yaml.Inventory;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.log.LogLine;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader of sdk-io given every bad input: it returns a value, or throws the one documented
 * exception, a {@link VmdpException} whose message starts with the file name
 * ({@code FILE[:LINE[:COL]]: message}); a missing file, a folder, a line above 1 MiB and a file
 * above 16 MiB are always refused (vmware.log excepted: it is streamed, and a long line is cut;
 * {@link FileSnapshot} holds bytes, so only the file size applies to it).
 * The {@code @Timeout} is a hang guard only.
 */
class ReaderBadInputTest {
  @TempDir
  Path dir;

  /** A reader and valid content of its kind. */
  enum Reader {
    VMX_DOCUMENT(".vmx", "displayName = \"a\"\nmemsize = \"512\"\npciPassthru0.present = \"TRUE\"\n",
        p -> VmxDocument.read(p)),
    VMX_BINDING(".vmx", "displayName = \"a\"\nmemsize = \"512\"\npciPassthru0.present = \"TRUE\"\n",
        p -> VmxBinding.read(VmxDocument.read(p))),
    FILE_SNAPSHOT(".vmx", "displayName = \"a\"\n", FileSnapshot::read),
    PASSTHRU_MAP(".map", "# vendor device reset fptShareable\n8086 10b9 d3d0 default\n1000 0058 link false\n",
        PassthruMapDocument::read),
    LSPCI(".txt", "00:07.0 PCI bridge [0604]: Intel Corporation Root Port 7 [8086:340e] (rev 22)\n"
        + "\tBus: primary=00, secondary=03, subordinate=03, sec-latency=0\n\n"
        + "03:00.0 Ethernet controller [0200]: Intel Corporation 82572EI [8086:10b9] (rev 06)\n", LspciReader::read),
    ESXCLI(".txt", "0000:03:00.0\n   Address: 0000:03:00.0\n   Vendor ID: 0x8086\n   Device ID: 0x10b9\n"
        + "   Device Class: 0x0200\n   Configured Owner: VM Passthru\n", EsxcliPciList::read),
    MODULES(".txt", "Name    Used Size (kb)\nvmkernel  57\niommu  0  12\n", ModuleList::read),
    ESX_CONF(".conf", "/system/uuid = \"4a1f5d0c-3b2e-11de-8c5f-001cc4a1b2c3\"\n/device/000:03.0/owner = \"passthru\"\n",
        EsxConf::read),
    VMWARE_LOG(".log", "2009-06-12T10:21:03.456Z| vmx| Log for VMware ESX pid=4211 version=4.0.0\n"
        + "2009-06-12T10:21:04.001Z| vmx| PCIPassthru: 003:00.0 : Device is not a valid passthrough device\n",
        ReaderBadInputTest::readLog),
    INVENTORY(".yaml", "hosts:\n  - name: esx01\n    version: \"4.0\"\nvms: []\n", Inventory::read);

    final String extension;
    final String valid;
    final Function<Path, Object> read;

    Reader(String extension, String valid, Function<Path, Object> read) {
      this.extension = extension;
      this.valid = valid;
      this.read = read;
    }
  }

  /** The bad inputs; {@link #alwaysRefused} ones must fail, the others may also be read. */
  enum Bad {
    MISSING, FOLDER, EMPTY, BINARY, NUL_BYTES, INVALID_UTF8, WRONG_ENCODING, CRLF_AND_CR, LONG_LINE, OVERSIZE, TRUNCATED;

    boolean alwaysRefused(Reader r) {
      return switch (this) {
        case MISSING, FOLDER -> true;
        case OVERSIZE -> r != Reader.VMWARE_LOG;
        case LONG_LINE -> r != Reader.VMWARE_LOG && r != Reader.FILE_SNAPSHOT;   // a snapshot holds bytes, not lines
        default -> false;
      };
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (Reader r : Reader.values()) {
      for (Bad b : Bad.values()) {
        all.add(Arguments.of(r, b));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("cases")
  @Timeout(60)
  void readsOrRefusesWithTheFileNameAndNothingElse(Reader reader, Bad bad) throws IOException {
    Path file = create(bad, reader);
    Throwable thrown = catchThrowable(() -> reader.read.apply(file));
    if (thrown == null) {
      assertThat(bad.alwaysRefused(reader)).as("%s must refuse %s", reader, bad).isFalse();
      return;
    }
    assertThat(thrown).as("%s with %s", reader, bad).isInstanceOf(VmdpException.class);
    assertThat(thrown.getMessage()).as("%s with %s", reader, bad)
        .matches("^\\Q" + file + "\\E(:\\d+(:\\d+)?)?: .+").doesNotContain("\n");
  }

  @Test
  @Timeout(60)
  void aFileAboveTheLimitIsRefusedByItsSizeNotByReadingIt() throws IOException {
    // 3 GiB, sparse: reading it into one array is impossible in Java, so a refusal that quotes the
    // size can only come from the size check done before reading.
    long huge = 3L << 30;
    for (Reader r : Reader.values()) {
      if (r == Reader.VMWARE_LOG) {
        continue;
      }
      Path file = dir.resolve("huge-" + r + r.extension);
      try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
        f.setLength(huge);
      }
      Throwable thrown = catchThrowable(() -> r.read.apply(file));
      assertThat(thrown).as(r.name()).isInstanceOf(VmdpException.class);
      assertThat(thrown.getMessage()).as(r.name()).startsWith(file.toString()).contains(String.valueOf(huge));
      Files.delete(file);
    }
  }

  @Test
  @Timeout(60)
  void aVmwareLogOfAnySizeIsStreamedAndAnOverlongLineIsCut() throws IOException {
    Path file = dir.resolve("vmware.log");
    byte[] head = "2009-06-12T10:21:03.456Z| vmx| start\n".getBytes(StandardCharsets.US_ASCII);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write(head);
      f.setLength(17L << 20);   // then 17 MiB of NUL bytes without a newline: one huge line
    }
    List<LogLine> lines = new ArrayList<>();
    try (VmwareLogReader reader = VmwareLogReader.open(file)) {
      reader.forEach(lines::add);
    }
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).truncated()).isTrue();
    assertThat(lines.get(1).text().length()).isLessThanOrEqualTo(dev.vmdp.io.InputLimits.DEFAULT_MAX_LINE_BYTES);
  }

  static Stream<Arguments> yamlBombs() {
    StringBuilder laughs = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        laughs.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      laughs.append("]\n");
    }
    return Stream.of(
        Arguments.of("billion laughs", laughs.toString(), "expand to more than"),
        Arguments.of("deep flow nesting", "hosts: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "nested too deeply"),
        Arguments.of("deep block nesting", deepBlock(100), "nested too deeply"),
        Arguments.of("many documents", "hosts: {}\n---\nhosts: {}\n".repeat(500), "only one YAML document"),
        Arguments.of("unknown anchor", "hosts: *nowhere\n", "names no anchor"));
  }

  private static String deepBlock(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return sb.append("  ".repeat(depth)).append("v\n").toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yamlBombs")
  @Timeout(60)
  void aYamlBombIsRefusedAtItsPlaceBeforeItExpands(String name, String yaml, String reason) throws IOException {
    Path file = Files.writeString(dir.resolve("inventory.yaml"), yaml);
    Throwable thrown = catchThrowable(() -> Inventory.read(file));
    assertThat(thrown).isInstanceOf(VmdpException.class);
    assertThat(thrown.getMessage()).matches("^\\Q" + file + "\\E:\\d+(:\\d+)?: .+").contains(reason);
  }

  private Path create(Bad bad, Reader r) throws IOException {
    Path p = dir.resolve(bad.name().toLowerCase(Locale.ROOT) + r.extension);
    byte[] valid = r.valid.getBytes(StandardCharsets.UTF_8);
    switch (bad) {
      case MISSING -> { }
      case FOLDER -> Files.createDirectory(p);
      case EMPTY -> Files.write(p, new byte[0]);
      case BINARY -> {
        byte[] b = new byte[64 * 1024];
        new Random(7).nextBytes(b);
        Files.write(p, b);
      }
      case NUL_BYTES -> Files.write(p, r.valid.replace("e", "e\0").getBytes(StandardCharsets.UTF_8));
      case INVALID_UTF8 -> Files.write(p, concat(valid, new byte[] {(byte) 0xff, (byte) 0xc3, 0x28, '\n'}, valid));
      case WRONG_ENCODING -> Files.writeString(p, ".encoding = \"x-no-such-charset\"\n" + r.valid);
      case CRLF_AND_CR -> Files.writeString(p, r.valid.replaceFirst("\n", "\r\n").replace("\n", "\r"));
      case LONG_LINE -> {
        byte[] line = new byte[(1 << 20) + 1];
        Arrays.fill(line, (byte) 'a');
        Files.write(p, concat(valid, line, new byte[] {'\n'}));
      }
      case OVERSIZE -> {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
          f.setLength(17L << 20);
        }
      }
      case TRUNCATED -> Files.write(p, Arrays.copyOf(valid, valid.length * 3 / 5));
      default -> throw new AssertionError(bad);
    }
    return p;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static Object readLog(Path p) {
    List<LogLine> lines = new ArrayList<>();
    try (VmwareLogReader reader = VmwareLogReader.open(p)) {
      reader.forEach(lines::add);
    }
    return lines;
  }
}
