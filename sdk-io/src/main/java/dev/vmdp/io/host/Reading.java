package dev.vmdp.io.host;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.ReadFailures;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.host.internal.ArchiveReader;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reading what {@link HostFiles} is given into its {@link Parts}: a folder (every file below it, in
 * order), a file on disk, a file held in memory, or a vm-support bundle read as a stream. Each file
 * is recognised ({@link Recognition}) and handed to the parts as its kind; a file given by itself
 * that is no kind vmdp reads is refused, one in a folder or bundle passed over.
 */
final class Reading {
  private Reading() {}

  static void folder(Parts p, Path folder) {
    List<Path> found;
    try (Stream<Path> s = Files.walk(folder)) {
      found = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new VmdpException(folder + ": cannot list folder: " + e.getMessage(), e);
    }
    Path name = folder.toAbsolutePath().normalize().getFileName();
    p.origins.add(name == null ? folder.toString() : name.toString());
    for (Path f : found) {
      file(p, f, f.toString(), null, false);
    }
  }

  /**
   * Reads one file: a bundle when its bytes are an archive (only when given by itself), else a
   * host file of the stated kind, or of the kind its content shows.
   */
  static void file(Parts p, Path path, String name, HostFileKind kind, boolean given) {
    ReadFailures.requireRegularFile(path);
    byte[] head = Recognition.head(path, name);
    if (kind == null && Recognition.archiveOrGzip(head)) {
      byte[] inner = ArchiveReader.isGzip(head) ? Recognition.gunzippedHead(path, name) : head;
      if (ArchiveReader.isTar(inner)) {
        if (!given) {
          p.ignored.add(name);
          p.notes.add(new ReadNote(SourceRef.of(name, 1), "an archive inside the folder is not opened; give it by "
              + "itself to read it"));
          return;
        }
        bundle(p, path, name);
        return;
      }
      // A gzip-compressed file (a rotated log): its content decides.
      bytes(p, name, Recognition.gunzipped(path, name, p.limits), null, given);
      return;
    }
    HostFileKind k = kind != null ? kind : Recognition.recognised(head).orElse(null);
    if (k == null) {
      unknown(p, name, head, given);
      return;
    }
    if (k == HostFileKind.VMX || k.isLog()) {
      if (kind != null && k == HostFileKind.VMX) {
        Recognition.requireKind(name, Recognition.text(head), k);
      }
      p.files.add(new HostFile(name, k, path, null));
      return;
    }
    FileSnapshot snapshot = FileSnapshot.read(path, p.limits);
    p.add(name, snapshot.bytes(), k, path, snapshot);
  }

  static void bytes(Parts p, String name, byte[] bytes, HostFileKind kind, boolean given) {
    if (kind == null && Recognition.archiveOrGzip(bytes)) {
      byte[] inner = bytes;
      if (ArchiveReader.isGzip(bytes)) {
        inner = Recognition.gunzipped(new ByteArrayInputStream(bytes), name, p.limits);
      }
      if (ArchiveReader.isTar(inner)) {
        bundle(p, new ByteArrayInputStream(bytes), name);
        return;
      }
      bytes = inner;
    }
    p.limits.checkFileSize(name, bytes.length);
    HostFileKind k = kind != null ? kind : Recognition.recognised(bytes).orElse(null);
    if (k == null) {
      unknown(p, name, bytes, given);
      return;
    }
    p.add(name, bytes, k, null, null);
  }

  private static void unknown(Parts p, String name, byte[] head, boolean given) {
    if (given) {
      throw Recognition.notAHostFile(name, head);
    }
    p.ignored.add(name);
  }

  private static void bundle(Parts p, Path path, String name) {
    try (InputStream in = Files.newInputStream(path)) {
      bundle(p, in, name);
    } catch (IOException e) {
      throw ReadFailures.unreadable(name, e);
    }
  }

  private static void bundle(Parts p, InputStream in, String name) {
    p.archives++;
    String base = name.replaceAll("(?i)(\\.tar\\.gz|\\.tgz|\\.tar)$", "");
    Path shortName = Path.of(base).getFileName();
    p.origins.add(shortName == null ? base : shortName.toString());
    ArchiveReader.read(in, name, p.limits, new ArchiveReader.EntryHandler() {
      private HostFileKind kind;

      @Override
      public boolean wants(String entry, byte[] head) {
        kind = Recognition.recognised(head).orElse(null);
        if (kind == null) {
          p.ignored.add(name + "/" + entry);
        }
        return kind != null;
      }

      @Override
      public void read(String entry, byte[] bytes) {
        p.add(name + "/" + entry, bytes, kind, null, null);
      }

      @Override
      public void skipped(String entry, String why) {
        p.ignored.add(name + "/" + entry);
      }
    });
  }
}
