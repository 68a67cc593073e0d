package dev.vmdp.benchmarks;

import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * VMX files read from disk (the OS file cache, after the first pass): the DESIGN.md targets
 * "lossless parse at most 2.5x the read-and-newline-scan time over the same files" and "reading a
 * few keys from many files at most 1.3x" (that same baseline). The baseline {@link #readAndScan}
 * reads each file with {@link Files#readAllBytes} and counts its newlines.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar VmxFileBenchmark -f 1 -wi 3 -i 5 -w 2 -r 2
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VmxFileBenchmark {
  /** How many files one operation reads. */
  @Param({"1000"})
  public int files;

  /** The folder the files are written to. */
  public Path dir;
  /** The files, in path order. */
  public Path[] paths;
  /** The three keys of {@link #readThreeKeysWithoutDocument}, prepared once. */
  public VmxValues.Reader threeKeys;

  /** Writes the files to a temporary folder and prepares the three-key reader. */
  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("vmdp-bench");
    List<byte[]> data = SyntheticVmxFiles.generate(files, 42L);
    paths = new Path[data.size()];
    for (int i = 0; i < data.size(); i++) {
      paths[i] = dir.resolve(String.format(Locale.ROOT, "vm-%05d.vmx", i));
      Files.write(paths[i], data.get(i));
    }
    threeKeys = VmxValues.reader(THREE_KEYS);
  }

  /** Deletes the folder. */
  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The baseline: read every file and count its newlines. */
  @Benchmark
  public int readAndScan() throws IOException {
    int lines = 0;
    for (Path p : paths) {
      lines += Scan.newlines(Files.readAllBytes(p));
    }
    return lines;
  }

  /** Read every file into bytes and parse them (what the lossless parse itself adds). */
  @Benchmark
  public void readBytesAndParse(Blackhole bh) throws IOException {
    for (Path p : paths) {
      bh.consume(VmxDocument.parse(Files.readAllBytes(p), p.toString()));
    }
  }

  /** The API: {@link VmxDocument#read(Path)} (a size-limited snapshot with its time stamp) for every file. */
  @Benchmark
  public void read(Blackhole bh) {
    for (Path p : paths) {
      bh.consume(VmxDocument.read(p));
    }
  }

  /** {@link VmxDocument#read(Path)} and three keys of every file, as a fleet inventory does. */
  @Benchmark
  public void readThreeKeys(Blackhole bh) {
    for (Path p : paths) {
      VmxDocument doc = VmxDocument.read(p);
      bh.consume(doc.get("displayName"));
      bh.consume(doc.get("memsize"));
      bh.consume(doc.get("pciPassthru0.id"));
    }
  }

  /**
   * Reads every file and the same three keys without a document, with a {@link VmxValues.Reader}
   * prepared once (as an inventory of many files would).
   */
  @Benchmark
  public void readThreeKeysWithoutDocument(Blackhole bh) throws IOException {
    for (Path p : paths) {
      bh.consume(threeKeys.read(Files.readAllBytes(p)));
    }
  }

  private static final java.util.List<String> THREE_KEYS =
      java.util.List.of("displayName", "memsize", "pciPassthru0.id");
}
