package dev.vmdp.examples;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input files of the examples: copies a resource folder of this package to a temporary
 * folder, so that examples that save never write into the source tree or the jar.
 *
 * <pre>{@code
 * Path folder = ExampleFiles.copy("guide", "lspci.txt");   // /tmp/vmdp-guide-1234/lspci.txt
 * }</pre>
 */
public final class ExampleFiles {
  private ExampleFiles() {}

  /**
   * Copies resources {@code dev/vmdp/examples/FOLDER/NAME} to a new temporary folder, keeping
   * sub-folders of the names.
   *
   * @param folder the example's resource folder, e.g. {@code "guide"}
   * @param names the files, relative to that folder, e.g. {@code "vms/rhel3.vmx"}
   * @return the temporary folder
   * @throws VmdpException when a resource is missing or the copy fails
   */
  public static Path copy(String folder, String... names) {
    try {
      Path dir = Files.createTempDirectory("vmdp-" + folder + "-");
      copyTo(dir, folder, names);
      return dir;
    } catch (IOException e) {
      throw new VmdpException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  /**
   * Copies resources {@code dev/vmdp/examples/FOLDER/NAME} into an existing folder.
   *
   * @param target the folder to copy into
   * @param folder the example's resource folder
   * @param names the files, relative to that folder
   * @return {@code target}
   * @throws VmdpException when a resource is missing or the copy fails
   */
  public static Path copyTo(Path target, String folder, String... names) {
    for (String name : names) {
      String resource = folder + "/" + name;
      try (InputStream in = ExampleFiles.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new VmdpException("example file missing from the class path: dev/vmdp/examples/" + resource);
        }
        Path file = target.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, in.readAllBytes());
      } catch (IOException e) {
        throw new VmdpException(resource + ": cannot copy: " + e.getMessage(), e);
      }
    }
    return target;
  }
}
