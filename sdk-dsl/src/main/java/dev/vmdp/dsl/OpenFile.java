package dev.vmdp.dsl;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.SafeWriter;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * One file open in a {@link Workspace}, of any editable format: where it lives, the document as
 * read (or last saved) and the document as it is now. Documents are immutable values, so undo
 * keeps earlier ones. Only the document keeps the bytes (a fleet holds thousands of files): the
 * snapshot a save compares the file on disk with is made again from the original document and
 * the time stamp read.
 *
 * @param <D> the document type ({@code VmxDocument}, {@code PassthruMapDocument})
 */
final class OpenFile<D> {
  private final String name;
  private final Path path;
  private final Function<D, byte[]> bytes;
  private final Function<D, Charset> charset;
  private FileTime readTime;
  private D original;
  private D current;

  private OpenFile(String name, Path path, FileTime readTime, D document, Function<D, byte[]> bytes,
      Function<D, Charset> charset) {
    this.name = Objects.requireNonNull(name, "name");
    this.path = path;
    this.readTime = readTime;
    this.original = Objects.requireNonNull(document, "document");
    this.current = document;
    this.bytes = bytes;
    this.charset = charset;
  }

  /** A file read from disk. */
  static <D> OpenFile<D> read(FileSnapshot snapshot, Function<FileSnapshot, D> parse, Function<D, byte[]> bytes,
      Function<D, Charset> charset) {
    return new OpenFile<>(snapshot.fileName(), snapshot.path(), snapshot.lastModified(), parse.apply(snapshot), bytes,
        charset);
  }

  /** A file read from disk whose document is already parsed. */
  static <D> OpenFile<D> of(FileSnapshot snapshot, D document, Function<D, byte[]> bytes, Function<D, Charset> charset) {
    return new OpenFile<>(snapshot.fileName(), snapshot.path(), snapshot.lastModified(), document, bytes, charset);
  }

  /** A document held in memory only: it can be checked, fixed and diffed, not saved. */
  static <D> OpenFile<D> inMemory(String name, D document, Function<D, byte[]> bytes, Function<D, Charset> charset) {
    return new OpenFile<>(name, null, null, document, bytes, charset);
  }

  /** The file as the user named it: the key fixes and findings use. */
  String name() {
    return name;
  }

  /** The document as it is now. */
  D current() {
    return current;
  }

  /** The document as read or last saved. */
  D original() {
    return original;
  }

  void setCurrent(D document) {
    current = Objects.requireNonNull(document, "document");
  }

  /** True when the document's bytes differ from those read (or last saved). */
  boolean changed() {
    return current != original && !Arrays.equals(bytes.apply(current), bytes.apply(original));
  }

  /** A unified diff of what {@link #save} would write; empty when nothing changed. */
  String diff() {
    return changed()
        ? dev.vmdp.dsl.internal.UnifiedDiff.diff(name, bytes.apply(original), bytes.apply(current), charset.apply(current))
        : "";
  }

  /**
   * Saves the current document safely when it changed.
   *
   * @param options force, backup
   * @return true when the file was written
   * @throws VmdpException naming the file when it is held in memory only, or the save is refused
   */
  boolean save(SaveOptions options) {
    if (!changed()) {
      return false;
    }
    if (path == null) {
      throw new VmdpException(name + ": held in memory only; cannot be saved");
    }
    SafeWriter.save(path, bytes.apply(current), FileSnapshot.of(path, bytes.apply(original), readTime), options);
    original = current;
    try {
      readTime = Files.getLastModifiedTime(path);
    } catch (IOException e) {
      throw new VmdpException(path + ": saved, but cannot read its time stamp: " + e.getMessage(), e);
    }
    return true;
  }

  /** Where the file lives; null for a document held in memory. */
  Path path() {
    return path;
  }
}
