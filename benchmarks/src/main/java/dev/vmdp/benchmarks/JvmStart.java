package dev.vmdp.benchmarks;

/**
 * The baseline of the console start-up time: a JVM that starts, prints one line and exits.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.JvmStart
 * }</pre>
 */
public final class JvmStart {
  private JvmStart() {}

  /**
   * Prints {@code ready}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("ready");
  }
}
