package dev.vmdp.io.yaml.internal;

import dev.vmdp.io.ReadFailures;
import dev.vmdp.model.VmdpException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Files the inventory names: resolved against the inventory's folder (and kept inside it when the
 * inventory is confined), read with the SDK's readers.
 */
final class FileRefs {
  private final YamlSource source;

  FileRefs(YamlSource source) {
    this.source = source;
  }

  /**
   * The path a node names, which must be an existing regular file (inside the inventory's folder
   * when the inventory is confined).
   *
   * @param node the path as written (relative to the inventory's folder, or absolute)
   * @param what what the file should hold, for messages ({@code lspci output})
   * @return the resolved path
   * @throws VmdpException at the node when the file does not exist, is not a regular file (a
   *     directory, FIFO or device), or lies outside the folder of a confined inventory
   */
  Path existing(YamlText node, String what) {
    if (node.text().isBlank()) {
      throw source.error(node, "empty path for " + what);
    }
    Path p;
    try {
      p = source.resolve(node.text());
    } catch (java.nio.file.InvalidPathException e) {
      throw source.error(node.ref(source), "not a valid path for " + what + ": '" + node.text() + "'", e);
    }
    Path folder = source.confined() ? source.baseDir().toAbsolutePath().normalize() : null;
    // Checked before the file is looked at, so a confined inventory cannot learn what exists outside.
    if (folder != null && !p.toAbsolutePath().normalize().startsWith(folder)) {
      throw outside(node, what, folder);
    }
    if (Files.isDirectory(p)) {
      throw source.error(node, "'" + node.text() + "' is a directory, not a file of " + what + " (" + p + ")");
    }
    if (!Files.exists(p)) {
      throw source.error(node, "no such file: '" + node.text() + "' (" + what + ", looked for " + p + ")");
    }
    if (folder != null && !realPath(node, p).startsWith(realPath(node, folder))) {
      throw outside(node, what, folder);
    }
    try {
      ReadFailures.requireRegularFile(p);   // a FIFO or a device is refused without opening it
    } catch (VmdpException e) {
      throw source.error(node.ref(source), "cannot use " + what + " '" + node.text() + "': " + e.getMessage(), e);
    }
    return p;
  }

  /**
   * Reads the file or folder a node names (a folder of host files, or a vm-support bundle).
   *
   * @param node the path as written
   * @param what what it should hold
   * @param reader the SDK reader
   * @return what the reader made of it
   * @throws VmdpException at the node when it is missing, outside a confined inventory's folder, or
   *     the reader refuses it
   */
  <T> T readFileOrFolder(YamlText node, String what, Function<Path, T> reader) {
    Path p;
    try {
      p = source.resolve(node.text());
    } catch (java.nio.file.InvalidPathException e) {
      throw source.error(node.ref(source), "not a valid path for " + what + ": '" + node.text() + "'", e);
    }
    if (!Files.isDirectory(p)) {
      return read(node, what, reader);
    }
    Path folder = source.confined() ? source.baseDir().toAbsolutePath().normalize() : null;
    if (folder != null && (!p.toAbsolutePath().normalize().startsWith(folder)
        || !realPath(node, p).startsWith(realPath(node, folder)))) {
      throw outside(node, what, folder);
    }
    try {
      return reader.apply(p);
    } catch (VmdpException e) {
      throw source.error(node.ref(source), "cannot use " + what + " '" + node.text() + "': " + e.getMessage(), e);
    }
  }

  private VmdpException outside(YamlText node, String what, Path folder) {
    return source.error(node, "'" + node.text() + "' (" + what + ") is outside the inventory's folder " + folder
        + "; this inventory may only name files in that folder");
  }

  private Path realPath(YamlText node, Path p) {
    try {
      return p.toRealPath();
    } catch (java.io.IOException e) {
      throw source.error(node.ref(source), "cannot resolve '" + p + "': " + e.getMessage(), e);
    }
  }

  /**
   * Reads the file a node names.
   *
   * @param node the path as written
   * @param what what the file should hold
   * @param reader the SDK reader
   * @return what the reader made of it
   * @throws VmdpException at the node, with the reader's message, when the file is missing or the
   *     reader refuses it
   */
  <T> T read(YamlText node, String what, Function<Path, T> reader) {
    Path p = existing(node, what);
    try {
      return reader.apply(p);
    } catch (VmdpException e) {
      throw source.error(node.ref(source), "cannot use " + what + " '" + node.text() + "': " + e.getMessage(), e);
    }
  }
}
