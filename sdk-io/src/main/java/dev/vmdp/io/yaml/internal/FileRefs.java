package dev.vmdp.io.yaml.internal;

import dev.vmdp.io.ReadFailures;
import dev.vmdp.model.VmdpException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Files the inventory names: resolved against the inventory's folder, read with the SDK's readers. */
final class FileRefs {
  private final YamlSource source;

  FileRefs(YamlSource source) {
    this.source = source;
  }

  /**
   * The path a node names, which must be an existing regular file.
   *
   * @param node the path as written (relative to the inventory's folder, or absolute)
   * @param what what the file should hold, for messages ({@code lspci output})
   * @return the resolved path
   * @throws VmdpException at the node when the file does not exist or is not a regular file (a
   *     directory, FIFO or device)
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
    if (Files.isDirectory(p)) {
      throw source.error(node, "'" + node.text() + "' is a directory, not a file of " + what + " (" + p + ")");
    }
    if (!Files.exists(p)) {
      throw source.error(node, "no such file: '" + node.text() + "' (" + what + ", looked for " + p + ")");
    }
    try {
      ReadFailures.requireRegularFile(p);   // a FIFO or a device is refused without opening it
    } catch (VmdpException e) {
      throw source.error(node.ref(source), "cannot use " + what + " '" + node.text() + "': " + e.getMessage(), e);
    }
    return p;
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
