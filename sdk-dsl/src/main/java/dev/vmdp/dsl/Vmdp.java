package dev.vmdp.dsl;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.StandardRules;
import java.util.List;

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
}
