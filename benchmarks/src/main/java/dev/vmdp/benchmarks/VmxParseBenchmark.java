package dev.vmdp.benchmarks;

import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxValues;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse, bind, edit and write speed of {@link VmxDocument} over synthetic files held in memory,
 * against a plain newline scan of the same bytes (DESIGN.md: at least 400 MB/s from a byte[]; an
 * unchanged write at memory-copy speed). Each operation handles every file once; divide the total
 * size (printed by {@link FleetGenerator}, about 6.5 kB a file) by the time per operation for MB/s.
 * {@link VmxFileBenchmark} measures the same from files on disk.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar VmxParseBenchmark -f 1 -wi 3 -i 5 -w 2 -r 2
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VmxParseBenchmark {
  /** How many files one operation handles. */
  @Param({"1000"})
  public int files;

  /** The files' bytes. */
  public byte[][] data;
  /** The files parsed once, for the write benchmark. */
  public VmxDocument[] parsed;
  /** The total size of the files in bytes. */
  public long totalBytes;
  /** The three keys of {@link #readThreeKeysPrepared}, prepared once. */
  public VmxValues.Reader threeKeys;

  /** Generates and parses the files and prepares the three-key reader. */
  @Setup
  public void setUp() {
    threeKeys = VmxValues.reader(THREE_KEYS);
    List<byte[]> generated = SyntheticVmxFiles.generate(files, 42L);
    data = generated.toArray(new byte[0][]);
    parsed = new VmxDocument[data.length];
    totalBytes = 0;
    for (int i = 0; i < data.length; i++) {
      parsed[i] = VmxDocument.parse(data[i], "bench-" + i + ".vmx");
      totalBytes += data[i].length;
    }
  }

  /** The baseline: count the newlines of every file. */
  @Benchmark
  public int newlineScan() {
    return Scan.newlines(data);
  }

  /** Parses every file into a document. */
  @Benchmark
  public void parse(Blackhole bh) {
    for (byte[] b : data) {
      bh.consume(VmxDocument.parse(b, "bench.vmx"));
    }
  }

  /** Parses every file and reads three keys, as a folder check does. */
  @Benchmark
  public void parseAndReadThreeKeys(Blackhole bh) {
    for (byte[] b : data) {
      VmxDocument doc = VmxDocument.parse(b, "bench.vmx");
      bh.consume(doc.get("displayName"));
      bh.consume(doc.get("memsize"));
      bh.consume(doc.get("pciPassthru0.id"));
    }
  }

  /** The three keys read without a document, by {@link VmxValues} (an inventory of many files). */
  @Benchmark
  public void readThreeKeys(Blackhole bh) {
    for (byte[] b : data) {
      bh.consume(VmxValues.read(b, THREE_KEYS));
    }
  }

  /** The same with a {@link VmxValues.Reader} prepared once, without the per-call key setup. */
  @Benchmark
  public void readThreeKeysPrepared(Blackhole bh) {
    for (byte[] b : data) {
      bh.consume(threeKeys.read(b));
    }
  }

  private static final java.util.List<String> THREE_KEYS =
      java.util.List.of("displayName", "memsize", "pciPassthru0.id");

  /** Parses every file and binds it to a {@link VirtualMachine} (typed values, devices, diagnostics). */
  @Benchmark
  public void parseAndBind(Blackhole bh) {
    for (byte[] b : data) {
      bh.consume(VmxBinding.read(VmxDocument.parse(b, "bench.vmx")));
    }
  }

  /** Edits every parsed document (one value rewritten, one key inserted) and writes it to bytes. */
  @Benchmark
  public void editAndWrite(Blackhole bh) {
    for (VmxDocument doc : parsed) {
      bh.consume(doc.set("sched.mem.min", "4096").set("pciPassthru0.msiEnabled", "FALSE").toBytes());
    }
  }

  /** Writes every unchanged document back to bytes. */
  @Benchmark
  public void writeUnchanged(Blackhole bh) {
    for (VmxDocument doc : parsed) {
      bh.consume(doc.toBytes());
    }
  }
}
