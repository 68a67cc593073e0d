package dev.vmdp.io.host;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.ReadFailures;
import dev.vmdp.io.host.internal.ArchiveReader;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.io.internal.TextLines;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a host file is, from its bytes: an archive, a gzip-compressed file, or a kind of host file
 * ({@link HostFileKind#recognise}); and the refusals of a file given as a kind it is not, or of no
 * kind vmdp reads. Only the first {@link ArchiveReader#HEAD_BYTES} bytes of a file on disk are read
 * to decide.
 */
final class Recognition {
  private Recognition() {}

  /** The kind a file's first bytes show, if any. */
  static Optional<HostFileKind> recognised(byte[] head) {
    return HostFileKind.recognise(head);
  }

  /** True when the bytes begin a gzip stream or a tar archive: a bundle, or a compressed file. */
  static boolean archiveOrGzip(byte[] head) {
    return ArchiveReader.isGzip(head) || ArchiveReader.isTar(head);
  }

  /** The first bytes of a file, enough to recognise it. */
  static byte[] head(Path path, String name) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(ArchiveReader.HEAD_BYTES);
    } catch (IOException e) {
      throw ReadFailures.unreadable(name, e);
    }
  }

  /** True when a file's bytes begin a gzip stream (false when it cannot be read). */
  static boolean isGzipFile(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return ArchiveReader.isGzip(in.readNBytes(2));
    } catch (IOException e) {
      return false;
    }
  }

  /** The first bytes of a gzip-compressed file's content. */
  static byte[] gunzippedHead(Path path, String name) {
    try (InputStream in = ArchiveReader.gunzip(Files.newInputStream(path))) {
      return in.readNBytes(ArchiveReader.HEAD_BYTES);
    } catch (IOException e) {
      throw ReadFailures.unreadable(name, e);
    }
  }

  /** A gzip-compressed file's content, within the file limit. */
  static byte[] gunzipped(Path path, String name, InputLimits limits) {
    try (InputStream in = Files.newInputStream(path)) {
      return gunzipped(in, name, limits);
    } catch (IOException e) {
      throw ReadFailures.unreadable(name, e);
    }
  }

  /** A gzip stream's content, at most one byte past the file limit read before it is refused. */
  static byte[] gunzipped(InputStream compressed, String name, InputLimits limits) {
    try (InputStream in = ArchiveReader.gunzip(compressed)) {
      long max = limits.maxFileBytes();
      byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      limits.checkBytesRead(name, all.length);
      return all;
    } catch (IOException e) {
      throw ReadFailures.unreadable(name, e);
    }
  }

  /** A whole file's lines, within the limits. */
  static List<String> lines(byte[] bytes, String name, InputLimits limits) {
    return TextLines.split(bytes, name, limits).texts(StandardCharsets.UTF_8);
  }

  /** The lines of a file's first bytes, as far as recognition looks. */
  static List<String> text(byte[] head) {
    return List.of(new String(head, StandardCharsets.UTF_8).split("\r\n|\r|\n", TextFormats.LINES_LOOKED_AT));
  }

  /** A file of a stated kind whose lines show another host format is refused with its place. */
  static void requireKind(String name, List<String> lines, HostFileKind kind) {
    Optional<TextFormats.Guess> g = TextFormats.recognise(lines);
    if (g.isPresent() && g.get().format() != kind.format()) {
      String not = kind == HostFileKind.PASSTHRU_MAP ? "not a passthru.map" : "not " + kind.description();
      throw TextFormats.refusal(name, lines, g.get().line(), not + ": this is " + g.get().format().description());
    }
  }

  /** The refusal of a file given by itself that is no kind vmdp reads, at its first line with text. */
  static VmdpException notAHostFile(String name, byte[] head) {
    List<String> lines = text(head);
    int first = 0;
    while (first < lines.size() - 1 && lines.get(first).isBlank()) {
      first++;
    }
    return TextFormats.refusal(name, lines, first, "not a host file vmdp reads (lspci, ESXi lspci -p, esxcli "
        + "hardware pci list or pcipassthru list, a module list, esx.conf, passthru.map, vmware -v, a .vmx, "
        + "vmware.log or vmkernel.log)");
  }
}
