package dev.vmdp.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The baseline of the fleet check: a plain Java program that only lists a folder's {@code *.vmx}
 * files (as {@code vmdp check FOLDER} does: walk, filter, sort) and reads each one into memory,
 * one after the other, and prints how many files and bytes it read.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.ReadFilesBaseline /tmp/fleet/vms
 * }</pre>
 */
public final class ReadFilesBaseline {
  private ReadFilesBaseline() {}

  /**
   * Reads every {@code *.vmx} below a folder: {@code FOLDER}.
   *
   * @param args the folder
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ReadFilesBaseline FOLDER");
      System.exit(2);
    }
    long[] result = read(Path.of(args[0]));
    System.out.printf(Locale.ROOT, "read %d files, %d bytes%n", result[0], result[1]);
  }

  /**
   * Reads the files.
   *
   * @param folder the folder
   * @return the number of files and of bytes read
   */
  public static long[] read(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vmx")
          && Files.isRegularFile(p)).sorted().toList();
      long bytes = 0;
      for (Path f : files) {
        bytes += Files.readAllBytes(f).length;
      }
      return new long[] {files.size(), bytes};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
