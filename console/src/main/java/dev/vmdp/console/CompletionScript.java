package dev.vmdp.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Writes the bash (and zsh, through {@code bashcompinit}) completion script of {@code vmdp}, made
 * by picocli's {@link AutoComplete} from the command model: a build step (the console module's pom
 * runs it for the distribution's {@code completion/vmdp.bash}), not a command.
 *
 * <pre>{@code
 * java -cp console/target/vmdp.jar dev.vmdp.console.CompletionScript console/target/vmdp.bash
 * source console/target/vmdp.bash      # then: vmdp ch<TAB>
 * }</pre>
 */
final class CompletionScript {
  private CompletionScript() {}

  /**
   * Writes the script: {@code OUTPUT_FILE}.
   *
   * @param args the file to write
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: CompletionScript OUTPUT_FILE");
      System.exit(2);
    }
    try {
      Files.writeString(Path.of(args[0]), AutoComplete.bash("vmdp", Main.fullModel()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
