package dev.vmdp.io.yaml.internal;

import dev.vmdp.io.ReadNote;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads inventory YAML into model values. Used by {@code dev.vmdp.io.yaml.Inventory}; no other
 * module calls it.
 */
public final class InventoryLoader {

  private InventoryLoader() {}

  /**
   * What an inventory holds, in document order.
   *
   * @param hosts the hosts by name
   * @param vms the VM entries
   * @param notes what the readers of referenced files left out
   */
  public record Loaded(Map<String, Host> hosts, List<VmEntry> vms, List<ReadNote> notes) {}

  /**
   * One {@code vms:} entry.
   *
   * @param name the name given, or null when none was
   * @param vmx the .vmx file, resolved against the inventory's folder
   * @param host the name of a host of the inventory
   * @param source where the entry starts
   */
  public record VmEntry(String name, Path vmx, String host, SourceRef source) {}

  /**
   * Reads an inventory.
   *
   * @param text the YAML
   * @param fileName the name used in messages
   * @param baseDir the folder relative paths are resolved against
   * @param confined whether every file named must be in {@code baseDir} or below
   * @return the hosts, VMs and notes
   * @throws dev.vmdp.model.VmdpException {@code file:line:col: message} for every problem
   */
  public static Loaded load(String text, String fileName, Path baseDir, boolean confined) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(baseDir, "baseDir");
    YamlSource source = new YamlSource(text, fileName, baseDir, confined);
    InventoryDto dto = YamlReading.read(text, source);
    List<ReadNote> notes = new ArrayList<>();
    HostMapper hostMapper = new HostMapper(source, notes);
    Map<String, Host> hosts = new LinkedHashMap<>();
    if (dto.hosts != null) {
      for (Map.Entry<String, HostDto> e : dto.hosts.entrySet()) {
        HostDto h = e.getValue() == null ? new HostDto() : e.getValue();
        hosts.put(e.getKey(), hostMapper.map(e.getKey(), h));
      }
    }
    FileRefs files = new FileRefs(source);
    List<VmEntry> vms = new ArrayList<>();
    for (VmDto v : DeviceMapper.nonNull(dto.vms)) {
      vms.add(vm(v, hosts, files, source));
    }
    return new Loaded(java.util.Collections.unmodifiableMap(hosts), List.copyOf(vms), List.copyOf(notes));
  }

  private static VmEntry vm(VmDto v, Map<String, Host> hosts, FileRefs files, YamlSource source) {
    if (v.vmx == null) {
      throw source.error(v, "VM without 'vmx' (want e.g. vmx: vms/rhel3/rhel3.vmx)");
    }
    if (v.host == null) {
      throw source.error(v, "VM without 'host' (want the name of one of the inventory's hosts)");
    }
    if (!hosts.containsKey(v.host.text())) {
      throw source.error(v.host, "unknown host '" + v.host.text() + "' (hosts: "
          + (hosts.isEmpty() ? "none" : String.join(", ", hosts.keySet())) + ")");
    }
    if (v.name != null && v.name.text().isBlank()) {
      throw source.error(v.name, "VM name must not be blank when given");
    }
    Path vmx = files.existing(v.vmx, ".vmx file");
    return new VmEntry(v.name == null ? null : v.name.text().strip(), vmx, v.host.text(), v.ref(source));
  }
}
