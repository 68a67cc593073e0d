package dev.vmdp.benchmarks;

import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.rules.reset.ResetAnalysis;
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
 * The reset and co-assignment analysis ({@link ResetAnalysis#of(Host)}) of a host with 1,000,
 * 10,000 and 100,000 functions (the generated server's device mix repeated over PCI segments:
 * root ports with ACS, switches, GPUs with audio functions, SR-IOV NICs with VFs, HBAs, NVMe;
 * with its passthru.map), against a pass over the same functions that hashes each address. The
 * analysis is linear when its ratio to that pass stays flat as the size grows (DESIGN.md:
 * 100,000 functions in under a second).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ResetBenchmark -f 1 -wi 3 -i 5 -w 2 -r 2
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ResetBenchmark {
  /** Functions on the host. */
  @Param({"1000", "10000", "100000"})
  public int functions;

  /** The host. */
  public Host host;

  /** Builds the host. */
  @Setup
  public void setUp() {
    PciTopology topology = SyntheticHosts.topology(functions, 42L);
    host = Host.builder().name("bench-" + functions).topology(topology)
        .passthruMap(PassthruMapDocument.parse(SyntheticHosts.passthruMap(), "passthru.map").toModel())
        .build();
  }

  /** The baseline: one pass over the functions, hashing each address. */
  @Benchmark
  public int baselineAddressScan() {
    int h = 0;
    for (PciFunction f : host.topology().functions()) {
      h = 31 * h + f.address().hashCode();
    }
    return h;
  }

  /** The analysis: effective reset method of every function and the co-assignment groups. */
  @Benchmark
  public ResetAnalysis analysis() {
    return ResetAnalysis.of(host);
  }
}
