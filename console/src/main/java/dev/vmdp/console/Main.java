package dev.vmdp.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vmdp} program.
 *
 * <pre>{@code
 * java -jar console/target/vmdp.jar --help
 * }</pre>
 */
@Command(
    name = "vmdp",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "VMware VMDirectPath I/O (PCI passthrough): read, check and fix .vmx files and host configuration.",
    exitCodeOnInvalidInput = 2,
    exitCodeOnExecutionException = 2)
public final class Main implements Runnable {

  /**
   * Runs vmdp and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs vmdp without exiting the JVM.
   *
   * @param args the command line
   * @return the exit code: 0 success, 1 an ERROR finding, 2 bad usage or unreadable input
   */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** Reads the version that Maven filtered into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"vmdp " + p.getProperty("version", "unknown")};
    }
  }
}
