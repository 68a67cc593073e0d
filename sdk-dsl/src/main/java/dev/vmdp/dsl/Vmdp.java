package dev.vmdp.dsl;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.io.log.VmwareLogReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxWriteOptions;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.log.LogRules;
import dev.vmdp.rules.standard.StandardRules;
import dev.vmdp.rules.catalogue.Category;
import dev.vmdp.rules.catalogue.RuleId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The verbs to import statically: describe hosts and VMs, and check them.
 *
 * <pre>{@code
 * import static dev.vmdp.dsl.Vmdp.*;
 *
 * Host esx = host("esx01").version("4.0").intelVtd()
 *     .pci("0000:03:00.0", d -> d.ids(0x8086, 0x10c6).pcie().flr())
 *     .passthroughEnabled("0000:03:00.0")
 *     .uuid("48c4619b-6d58-18db-2a0e-000423d1e6f6")
 *     .build();
 * VirtualMachine vm = vm("RHEL3").guest("rhel3").hardwareVersion(7).memoryMb(512)
 *     .reserveAllMemory().on(esx).passthrough("0000:03:00.0").build();
 * Report report = check(esx, vm);
 * report.errors().forEach(System.out::println);
 * }</pre>
 */
public final class Vmdp {
  private Vmdp() {}

  /**
   * Starts describing a host.
   *
   * @param name the host's name, e.g. {@code "esx01"}
   * @return the builder
   */
  public static HostBuilder host(String name) {
    return new HostBuilder(name);
  }

  /**
   * Starts describing a VM.
   *
   * @param name the VM's name (also its displayName)
   * @return the builder
   */
  public static VmBuilder vm(String name) {
    return new VmBuilder(name);
  }

  /**
   * Checks VMs against a host with the standard rules. Pure: reads no file.
   *
   * @param host the host
   * @param vms the VMs
   * @return the report
   */
  public static Report check(Host host, VirtualMachine... vms) {
    return check(host, List.of(vms));
  }

  /**
   * Checks VMs against a host with the standard rules. Pure: reads no file.
   *
   * @param host the host
   * @param vms the VMs
   * @return the report
   */
  public static Report check(Host host, List<VirtualMachine> vms) {
    return StandardRules.engine().check(host, vms);
  }

  /**
   * Checks a host's passthru.map (VMDP501-506) against the host's PCI functions.
   *
   * @param host the host with its map (and, for VMDP505/506, its functions)
   * @return the report of the passthru.map rules only
   */
  public static Report checkMap(Host host) {
    return engineFor(Category.PASSTHRU_MAP).check(host, List.of());
  }

  /**
   * Diagnoses {@code vmware.log} and {@code vmkernel.log} files (VMDP701-709): each finding points
   * at a log line and names the rule and fix that prevent the failure. The files are streamed and
   * only the lines that show a signature are kept, so a log of any size is diagnosed in bounded
   * memory (issue #18).
   *
   * @param logs the log files
   * @return the report of the log rules only
   */
  public static Report diagnoseLog(Path... logs) {
    List<LogLine> lines = new ArrayList<>();
    Predicate<LogLine> signature = LogRules.signatureFilter();
    for (Path log : logs) {
      try (Stream<LogLine> s = VmwareLogReader.lines(log)) {
        s.filter(signature).forEach(lines::add);
      }
    }
    return engineFor(Category.LOG).check(Host.builder().name("unknown").build(), List.of(), lines);
  }

  /**
   * Writes a VM as a new .vmx, the way the VI client writes a new VM (the pciBridge block for
   * virtual hardware 7+, then the passthrough entries), in the forms of the host's version.
   *
   * @param vm the VM
   * @param host the host it will run on (its version decides the id and reservation spellings)
   * @return the document; save it with {@code Files.write(path, doc.toBytes())} or the safe writer
   */
  public static VmxDocument toVmx(VirtualMachine vm, Host host) {
    return VmxBinding.write(vm, host.version().map(VmxWriteOptions::forVersion).orElse(VmxWriteOptions.defaults()));
  }

  /**
   * Writes a passthru.map holding the host's map entries, one line each
   * ({@code vendor device resetMethod fptShareable}), after a comment that explains the fields.
   *
   * @param map the entries
   * @return the document
   */
  public static PassthruMapDocument toPassthruMap(PassthruMap map) {
    PassthruMapDocument doc = PassthruMapDocument.parse(MAP_HEADER.getBytes(StandardCharsets.UTF_8), "passthru.map");
    for (PassthruMapEntry e : map.entries()) {
      doc = doc.add(e);
    }
    return doc;
  }

  private static final String MAP_HEADER = """
      # passthru.map written by vmdp
      # vendor-id device-id resetMethod fptShareable
      #   ids: hex as lspci -n prints them, ffff = any; resetMethod: flr, d3d0, link, bridge, default;
      #   fptShareable: true/default (functions may go to different owners) or false
      """;

  private static RuleEngine engineFor(Category category) {
    List<Rule> rules = new ArrayList<>();
    for (Rule r : StandardRules.all()) {
      if (RuleId.parse(r.id()).category() == category) {
        rules.add(r);
      }
    }
    return RuleEngine.builder().rules(rules).build();
  }
}
