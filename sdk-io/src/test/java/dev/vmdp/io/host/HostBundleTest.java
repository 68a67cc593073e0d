package dev.vmdp.io.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.InputLimits;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vm-support bundles made by the test with commons-compress: esx03's files under the top folder a
 * bundle has ({@code esx-esx03-2024-05-02--10.14-2101441/}), read as the folder is, and the
 * bundles a careless or hostile source could make, which are refused naming the entry.
 */
class HostBundleTest {
  static final String TOP = "esx-esx03-2024-05-02--10.14-2101441/";

  @TempDir
  Path tmp;

  /** An entry to write: a name, bytes, and a tar link type (regular file when 0). */
  record Entry(String name, byte[] bytes, byte type, String link) {
    static Entry file(String name, String text) {
      return new Entry(name, text.getBytes(StandardCharsets.UTF_8), (byte) 0, null);
    }
  }

  /** esx03's folder as bundle entries, in path order. */
  static List<Entry> esx03Entries() {
    Path root = HostFilesTest.esx03();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().map(p -> new Entry(TOP + root.relativize(p).toString().replace('\\', '/'),
          read(p), (byte) 0, null)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tar (gzip-compressed when asked) of the entries. */
  static byte[] bundle(List<Entry> entries, boolean gzip) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = gzip ? new GzipCompressorOutputStream(bytes) : bytes;
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Entry e : entries) {
        // Names as given: a leading / is kept, as a hostile archiver would write it.
        TarArchiveEntry t = e.type() == 0 ? new TarArchiveEntry(e.name(), true) : new TarArchiveEntry(e.name(), e.type(), true);
        if (e.link() != null) {
          t.setLinkName(e.link());
        }
        if (e.type() == 0) {
          t.setSize(e.bytes().length);
        }
        tar.putArchiveEntry(t);
        if (e.type() == 0) {
          tar.write(e.bytes());
        }
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  Path write(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes);
  }

  static PciAddress a(String s) {
    return PciAddress.parse(s);
  }

  @Test
  void readsABundleAsItsFolderIsReadHoldingItsFilesInMemory() throws IOException {
    Path tgz = write("esx-esx03.tgz", bundle(esx03Entries(), true));
    HostFiles fromBundle = HostFiles.none().add(tgz);
    Host bundled = fromBundle.host();
    Host folder = HostFiles.none().add(HostFilesTest.esx03()).host();
    assertThat(bundled.name()).isEqualTo("esx03");
    assertThat(bundled.topology().size()).isEqualTo(folder.topology().size());
    assertThat(bundled.deviceReports()).isEqualTo(folder.deviceReports());
    assertThat(bundled.version()).isEqualTo(folder.version());
    assertThat(bundled.systemUuid()).isEqualTo(folder.systemUuid());
    assertThat(fromBundle.fromArchive()).isTrue();
    assertThat(fromBundle.files()).allSatisfy(f -> assertThat(f.name()).startsWith(tgz + "/" + TOP));
    assertThat(fromBundle.vmxFiles()).hasSize(2).allSatisfy(f -> {
      assertThat(f.inMemory()).isTrue();
      assertThat(f.bytes()).isPresent();
    });
    assertThat(fromBundle.ignored()).hasSize(2);
    try (Stream<dev.vmdp.model.log.LogLine> lines = HostFiles.logLines(fromBundle.logFiles().get(1))) {
      assertThat(lines.anyMatch(l -> l.text().contains("caused an IOMMU fault"))).isTrue();
    }
    assertThat(fromBundle.mapSnapshot()).isEmpty();
    assertThat(fromBundle.mapDocument()).isPresent();
  }

  @Test
  void anUncompressedTarIsABundleToo() throws IOException {
    Path tar = write("esx03.tar", bundle(esx03Entries(), false));
    assertThat(HostFiles.none().add(tar).host().name()).isEqualTo("esx03");
  }

  @Test
  void refusesAnEntryWithADotDotPath() throws IOException {
    Path tgz = write("dots.tgz", bundle(List.of(Entry.file(TOP + "../../etc/passwd", "root:x:0:0::/root:/bin/sh\n")), true));
    assertThatThrownBy(() -> HostFiles.none().add(tgz)).isInstanceOf(VmdpException.class)
        .hasMessage(tgz + ": entry " + TOP + "../../etc/passwd is a path with .., which could reach outside the bundle; "
            + "refusing to read it");
  }

  @Test
  void refusesAnAbsoluteEntry() throws IOException {
    Path tgz = write("absolute.tgz", bundle(List.of(Entry.file("/etc/vmware/esx.conf", "/system/uuid = \"x\"\n")), true));
    assertThatThrownBy(() -> HostFiles.none().add(tgz))
        .hasMessage(tgz + ": entry /etc/vmware/esx.conf is an absolute path, which could reach outside the bundle; "
            + "refusing to read it");
  }

  @Test
  void refusesSymbolicAndHardLinks() throws IOException {
    Path sym = write("symlink.tgz", bundle(List.of(
        new Entry(TOP + "etc/vmware/esx.conf", new byte[0], TarConstants.LF_SYMLINK, "/etc/shadow")), true));
    assertThatThrownBy(() -> HostFiles.none().add(sym))
        .hasMessage(sym + ": entry " + TOP + "etc/vmware/esx.conf is a symbolic link (to /etc/shadow), which could reach "
            + "outside the bundle; refusing to read it");
    Path hard = write("hardlink.tgz", bundle(List.of(Entry.file(TOP + "a.txt", "x\n"),
        new Entry(TOP + "etc/vmware/passthru.map", new byte[0], TarConstants.LF_LINK, TOP + "a.txt")), true));
    assertThatThrownBy(() -> HostFiles.none().add(hard))
        .hasMessageContaining("entry " + TOP + "etc/vmware/passthru.map is a hard link (to " + TOP + "a.txt)");
  }

  @Test
  void refusesAnEntryOverTheFileLimitAndSkipsOneItDoesNotRead() throws IOException {
    InputLimits small = InputLimits.defaults().withMaxFileBytes(70 * 1024);
    StringBuilder conf = new StringBuilder("/adv/Misc/HostName = \"esx03\"\n");
    while (conf.length() <= 80 * 1024) {
      conf.append("/adv/UserVars/Note").append(conf.length()).append(" = \"padding\"\n");
    }
    Path big = write("big.tgz", bundle(List.of(Entry.file(TOP + "etc/vmware/esx.conf", conf.toString())), true));
    assertThatThrownBy(() -> HostFiles.none().withLimits(small).add(big))
        .hasMessageStartingWith(big + ": entry " + TOP + "etc/vmware/esx.conf is larger than the limit of 71680 bytes "
            + "(InputLimits.maxFileBytes");
    // A large entry vmdp does not read (a core dump, say) is passed over, not refused.
    Path core = write("core.tgz", bundle(List.of(new Entry(TOP + "var/core/hostd-zdump.000", new byte[200 * 1024],
        (byte) 0, null), Entry.file(TOP + "commands/vmware_-vl.txt", "VMware ESXi 7.0.3 build-19193900\n")), true));
    HostFiles files = HostFiles.none().withLimits(small).add(core);
    assertThat(files.ignored()).containsExactly(core + "/" + TOP + "var/core/hostd-zdump.000");
    assertThat(files.host().version().map(Object::toString)).hasValue("7.0U3");
  }

  @Test
  void refusesAGzipBombOnceItExpandsPastTheLimit() throws IOException {
    // 256 MiB of zeros in one entry compress to a quarter of a megabyte.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream gz = new GzipCompressorOutputStream(bytes);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      TarArchiveEntry e = new TarArchiveEntry(TOP + "var/run/log/vmkernel.log");
      e.setSize(256L << 20);
      tar.putArchiveEntry(e);
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) {
        tar.write(zeros);
      }
      tar.closeArchiveEntry();
    }
    assertThat(bytes.size()).isLessThan(1 << 20);
    Path bomb = write("bomb.tgz", bytes.toByteArray());
    InputLimits limits = InputLimits.defaults().withMaxArchiveBytes(32L << 20);
    assertThatThrownBy(() -> HostFiles.none().withLimits(limits).add(bomb))
        .hasMessageStartingWith(bomb + ": expands to more than 32 MiB (InputLimits.maxArchiveBytes; passed while "
            + "reading entry " + TOP + "var/run/log/vmkernel.log)");
  }

  @Test
  void refusesToHoldMoreOfABundleThanTheLimit() throws IOException {
    InputLimits limits = InputLimits.defaults().withMaxArchiveHeldBytes(8 * 1024);
    String row = "0000:18:00.0 8086:1572 8086:0007 255/   /     A V i40en        vmnic0\n";
    Path tgz = write("held.tgz", bundle(List.of(Entry.file(TOP + "commands/lspci_-p.txt", row.repeat(100)),
        Entry.file(TOP + "commands/lspci_-p.txt.1", row.repeat(100))), true));
    assertThatThrownBy(() -> HostFiles.none().withLimits(limits).add(tgz))
        .hasMessageStartingWith(tgz + ": the files vmdp reads from it take more than 8 KiB (InputLimits.maxArchiveHeldBytes");
  }

  @Test
  void anArchiveInsideAFolderIsNotOpened() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("host"));
    Files.write(folder.resolve("esx03.tgz"), bundle(esx03Entries(), true));
    Files.writeString(folder.resolve("version.txt"), "VMware ESXi 7.0.3 build-19193900\n");
    HostFiles files = HostFiles.none().add(folder);
    assertThat(files.ignored()).containsExactly(folder.resolve("esx03.tgz").toString());
    assertThat(files.files()).extracting(HostFile::kind).containsExactly(HostFileKind.VERSION);
  }
}
