package dev.vmdp.io;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * Names of the files a save puts beside a file ({@code FILE.lck}, {@code FILE.bak}, temporary
 * files, the save lock), built from the name's bytes.
 *
 * <p>On Unix a file name is bytes, and {@link Path#toString()} decodes them with the platform's
 * file name charset ({@code sun.jnu.encoding}): a byte that is not valid there (0xE9 under UTF-8,
 * anything above 0x7F under the POSIX locale) becomes U+FFFD or {@code ?}, so a name built from
 * that text names another file (the lock of {@code vm<U+FFFD>.vmx} is not the lock of the VM's
 * {@code vm<0xE9>.vmx}) or none at all ({@code InvalidPathException} under the POSIX locale).
 * The default file system's
 * {@link Path#toUri()} keeps every byte, percent-encoding those outside the URI path characters,
 * and {@link Path#of(URI)} decodes them back to the same bytes; this class works on that form.
 * Other file systems (Windows, which names files in UTF-16, and any other provider) name files
 * with text already, so their names are used as they are: that is why there are two ways here.
 */
final class Siblings {
  private Siblings() {}

  /**
   * The file's name in a form that keeps every byte: the percent-encoded last segment of its URI
   * on a Unix default file system, the name as text elsewhere. Two names are equal exactly when
   * these forms are, and a name starts with another exactly when its form does.
   */
  static String exactName(Path file) {
    if (!bytesNamed(file)) {
      return file.getFileName().toString();
    }
    String raw = file.toAbsolutePath().toUri().getRawPath();
    int end = raw.endsWith("/") && raw.length() > 1 ? raw.length() - 1 : raw.length();
    return raw.substring(raw.lastIndexOf('/', end - 1) + 1, end);
  }

  /**
   * The file beside {@code file} named {@code prefix + name + suffix}, relative when {@code file}
   * is.
   *
   * @param file a path with a file name
   * @param prefix ASCII letters, digits, '.', '-' or '_'
   * @param suffix the same
   */
  static Path sibling(Path file, String prefix, String suffix) {
    checkAffix(prefix);
    checkAffix(suffix);
    String name = prefix + exactName(file) + suffix;
    if (!bytesNamed(file)) {
      return file.resolveSibling(name);
    }
    // One segment below the root: its file name is a relative path of exactly these bytes.
    Path named = Path.of(URI.create("file:///" + name)).getFileName();
    return file.resolveSibling(named);
  }

  /** Whether the file lives on the default file system of a Unix, whose names are bytes. */
  private static boolean bytesNamed(Path file) {
    return file.getFileSystem() == FileSystems.getDefault()
        && "/".equals(file.getFileSystem().getSeparator());
  }

  private static void checkAffix(String affix) {
    for (int i = 0; i < affix.length(); i++) {
      char c = affix.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '_';
      if (!plain) {
        throw new IllegalArgumentException("not a plain affix for a file name: '" + affix + "'");
      }
    }
  }
}
