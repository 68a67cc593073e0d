package dev.vmdp.console.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File-name completion for command arguments such as {@code /load SCRIPT} or {@code /open FILE}.
 *
 * <pre>{@code
 * public List<String> complete(String partial, ConsoleContext context) {
 *   return FileNames.complete(partial, context);
 * }
 * }</pre>
 */
public final class FileNames {
  private FileNames() {}

  /**
   * The files and folders whose names continue {@code partial}, relative to the session's working
   * directory (or absolute, as typed). Folders end in {@code /}; hidden entries appear only when
   * the typed name starts with a dot.
   *
   * @param partial the argument typed so far (may be empty)
   * @param context the session
   * @return the candidates as they would be typed, sorted; empty when the folder cannot be read
   */
  public static List<String> complete(String partial, ConsoleContext context) {
    int slash = partial.lastIndexOf('/');
    String folderPart = slash < 0 ? "" : partial.substring(0, slash + 1);
    String namePart = partial.substring(slash + 1);
    Path folder = folderPart.isEmpty() ? context.workingDirectory() : context.resolve(folderPart);
    List<String> candidates = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(namePart) && (namePart.startsWith(".") || !name.startsWith("."))) {
          candidates.add(folderPart + name + (Files.isDirectory(entry) ? "/" : ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    candidates.sort(null);
    return candidates;
  }
}
