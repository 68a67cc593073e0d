package dev.vmdp.benchmarks;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.standard.StandardRules;
import java.util.ArrayList;
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

/**
 * The standard rules over bound VMs against a generated host (about 280 functions, its
 * passthru.map, ESXi 7.0U3): one VM, and a fleet of {@code vms} VMs in one check (shared-device
 * and cross-VM rules included). Both against a newline scan of the VMX bytes checked, and the
 * fleet also as the whole pipeline from bytes (parse, bind, check).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RuleCheckBenchmark -f 1 -wi 3 -i 5 -w 2 -r 2
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleCheckBenchmark {
  /** VMs in the fleet check. */
  @Param({"1000"})
  public int vms;

  /** The host. */
  public Host host;
  /** The engine with the standard rules. */
  public RuleEngine engine;
  /** The fleet's files. */
  public byte[][] data;
  /** The fleet bound. */
  public List<VirtualMachine> fleet;
  /** One ESXi VM with passthrough devices. */
  public List<VirtualMachine> one;
  /** Its bytes. */
  public byte[] oneData;

  /** Generates the host and the fleet and binds the VMs. */
  @Setup
  public void setUp() {
    host = Host.builder().name("bench-host")
        .topology(PciTopology.of(
            LspciReader.parse(SyntheticHosts.lspci(FleetGenerator.ROOT_PORTS, 42L), "lspci.txt").functions()))
        .passthruMap(PassthruMapDocument.parse(SyntheticHosts.passthruMap(), "passthru.map").toModel())
        .version(EsxVersion.parse("7.0U3"))
        .build();
    engine = StandardRules.engine();
    data = SyntheticVmxFiles.generate(vms, 42L, SyntheticHosts.all(FleetGenerator.ROOT_PORTS, 42L))
        .toArray(new byte[0][]);
    fleet = new ArrayList<>();
    for (int i = 0; i < data.length; i++) {
      fleet.add(VmxBinding.read(VmxDocument.parse(data[i], "vm-" + i + ".vmx")));
    }
    for (int i = 0; i < data.length; i++) {
      if (!fleet.get(i).presentPassthroughDevices().isEmpty()) {
        one = List.of(fleet.get(i));
        oneData = data[i];
        break;
      }
    }
  }

  /** The one-VM baseline: count the newlines of its file. */
  @Benchmark
  public int oneNewlineScan() {
    return Scan.newlines(oneData);
  }

  /** Checks one VM against the host. */
  @Benchmark
  public Report checkOne() {
    return engine.check(host, one);
  }

  /** The fleet baseline: count the newlines of every file. */
  @Benchmark
  public int fleetNewlineScan() {
    return Scan.newlines(data);
  }

  /** Checks the bound fleet against the host in one check. */
  @Benchmark
  public Report checkFleet() {
    return engine.check(host, fleet);
  }

  /** Parses, binds and checks the fleet from its bytes. */
  @Benchmark
  public Report parseBindCheckFleet() {
    List<VirtualMachine> bound = new ArrayList<>(data.length);
    for (int i = 0; i < data.length; i++) {
      bound.add(VmxBinding.read(VmxDocument.parse(data[i], "vm-" + i + ".vmx")));
    }
    return engine.check(host, bound);
  }
}
