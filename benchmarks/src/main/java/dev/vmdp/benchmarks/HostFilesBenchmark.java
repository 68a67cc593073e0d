package dev.vmdp.benchmarks;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The host files: {@code passthru.map} (to its model) and {@code lspci -nnvvv} output of a
 * generated server (root ports, switches, GPUs, SR-IOV NICs with their VFs) to functions, each
 * against a newline scan of the same bytes. {@code rootPorts} 40 gives 283 functions
 * (6,200 lines), 160 about 1,200 (26,000 lines).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar HostFilesBenchmark -f 1 -wi 3 -i 5 -w 2 -r 2
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HostFilesBenchmark {
  /** Root ports of the generated host. */
  @Param({"40", "160"})
  public int rootPorts;

  /** The lspci output. */
  public byte[] lspci;
  /** The passthru.map. */
  public byte[] map;

  /** Generates the files. */
  @Setup
  public void setUp() {
    lspci = SyntheticHosts.lspci(rootPorts, 42L);
    map = SyntheticHosts.passthruMap();
  }

  /** The lspci baseline: count its newlines. */
  @Benchmark
  public int lspciNewlineScan() {
    return Scan.newlines(lspci);
  }

  /** Parses the lspci output to functions (with SR-IOV links). */
  @Benchmark
  public Object lspciParse() {
    return LspciReader.parse(lspci, "lspci-nnvvv.txt").functions();
  }

  /** The passthru.map baseline: count its newlines. */
  @Benchmark
  public int mapNewlineScan() {
    return Scan.newlines(map);
  }

  /** Parses the passthru.map to its model. */
  @Benchmark
  public Object mapParse() {
    return PassthruMapDocument.parse(map, "passthru.map").toModel();
  }
}
