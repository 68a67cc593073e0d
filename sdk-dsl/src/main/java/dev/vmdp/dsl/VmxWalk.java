package dev.vmdp.dsl;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code *.vmx} files below a folder, in path order (each folder's entries sorted by name, a
 * folder's files and subfolders in that one order), found as they are walked so a fleet is never
 * listed whole. Every entry whose name ends with {@code .vmx} (in any case) and is not a folder is
 * given: FIFOs, devices, sockets and broken links too, so the reader refuses them with a placed
 * error and the fleet check reports them instead of skipping them. Links to folders are not
 * followed (a link loop cannot trap the walk); links to files are. A folder that cannot be listed
 * is an entry with its error; a folder with no {@code .vmx} at all is one too.
 */
final class VmxWalk {
  private VmxWalk() {}

  /**
   * One file found, or a folder that could not be listed.
   *
   * @param path the file or folder
   * @param error why it cannot be read, or empty for a file to read
   * @param attributes the entry's own attributes when it is a regular file (not a link), as the
   *     walk read them, so that its read needs no stat of its own; else null
   */
  record Entry(Path path, Optional<VmdpException> error, BasicFileAttributes attributes) {}

  /**
   * Walks a folder.
   *
   * @param root the folder
   * @param each called with every entry, in order
   */
  static void walk(Path root, Consumer<Entry> each) {
    int[] found = {0};
    walkFolder(root, e -> {
      found[0]++;
      each.accept(e);
    });
    if (found[0] == 0) {
      each.accept(new Entry(root, Optional.of(new VmdpException(root + ": no .vmx file below this folder")), null));
    }
  }

  private static void walkFolder(Path folder, Consumer<Entry> each) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      s.forEach(children::add);
    } catch (IOException | RuntimeException e) {
      each.accept(new Entry(folder, Optional.of(new VmdpException(folder + ": cannot list folder: "
          + (e.getMessage() != null ? e.getMessage() : e.toString()), e)), null));
      return;
    }
    children.sort(null);
    for (Path child : children) {
      // One stat an entry: a link is looked through only when it is named .vmx.
      BasicFileAttributes a = attributes(child);
      if (a != null && a.isDirectory()) {
        walkFolder(child, each);
      } else if (isVmxName(child) && (a == null || !a.isSymbolicLink() || !Files.isDirectory(child))) {
        each.accept(new Entry(child, Optional.empty(), a != null && a.isRegularFile() ? a : null));
      }
    }
  }

  /** The entry's own attributes (a link's, not its target's), or null when they cannot be read: the reader then says why. */
  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | SecurityException e) {
      return null; // as Files.isDirectory says false: a .vmx entry is then given, and its read names the error
    }
  }

  /** True for a name that ends with {@code .vmx}, in any case. */
  static boolean isVmxName(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".vmx");
  }
}
