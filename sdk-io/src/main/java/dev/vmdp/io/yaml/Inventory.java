package dev.vmdp.io.yaml;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.yaml.internal.InventoryLoader;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A YAML inventory of hosts and VMs ({@code --inventory FILE}), read into model values. The schema
 * is in {@code docs/inventory.md}.
 *
 * <pre>{@code
 * Inventory inv = Inventory.read(Path.of("lab/inventory.yaml"));
 * Host esx = inv.host("esx01");            // version, IOMMU, devices, passthru.map, ...
 * for (VmRef vm : inv.vmsOn("esx01")) {
 *   System.out.println(vm.vmx());          // resolved against lab/
 * }
 * }</pre>
 *
 * <p>Reading is safe on untrusted files: files above 16 MiB, YAML nested more than 32 levels, more
 * than 1,000 aliases or aliases that would expand to more than 200,000 values are refused; every
 * problem (unknown key, wrong type, bad version or address, unknown host, missing file) is a
 * {@link VmdpException} rendered as {@code file:line:col: message}. The files an inventory names
 * may lie anywhere, and findings quote their lines: read an inventory from elsewhere (a pull
 * request) with {@link InventoryOptions#withConfined(boolean) confined} file references.
 */
public final class Inventory {
  private final String fileName;
  private final Map<String, Host> hosts;
  private final List<VmRef> vms;
  private final List<ReadNote> notes;

  private Inventory(String fileName, Map<String, Host> hosts, List<VmRef> vms, List<ReadNote> notes) {
    this.fileName = fileName;
    this.hosts = hosts;
    this.vms = vms;
    this.notes = notes;
  }

  /**
   * Reads an inventory file; paths in it are relative to its folder, and may lead anywhere.
   *
   * @param file the YAML file
   * @return the inventory
   * @throws VmdpException {@code file:line:col: message} when the file cannot be read, is not a
   *     regular file, is above 16 MiB ({@link dev.vmdp.io.InputLimits}), or holds a problem
   */
  public static Inventory read(Path file) {
    return read(file, InventoryOptions.defaults());
  }

  /**
   * Reads an inventory file with options; paths in it are relative to its folder.
   *
   * @param file the YAML file
   * @param options whether the files it names must be in its folder
   * @return the inventory
   * @throws VmdpException {@code file:line:col: message} when the file cannot be read, is above 16
   *     MiB, or holds a problem (a path outside its folder, when confined)
   */
  public static Inventory read(Path file, InventoryOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String text = new String(FileSnapshot.read(file).bytes(), StandardCharsets.UTF_8);
    Path dir = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), dir == null ? Path.of("").toAbsolutePath() : dir, options);
  }

  /**
   * Parses inventory YAML held in memory; its paths may lead anywhere.
   *
   * @param yaml the YAML text
   * @param fileName the name used in messages (empty for none)
   * @param baseDir the folder relative paths in the inventory are resolved against
   * @return the inventory
   * @throws VmdpException {@code file:line:col: message} for the first problem
   */
  public static Inventory parse(String yaml, String fileName, Path baseDir) {
    return parse(yaml, fileName, baseDir, InventoryOptions.defaults());
  }

  /**
   * Parses inventory YAML held in memory, with options.
   *
   * @param yaml the YAML text
   * @param fileName the name used in messages (empty for none)
   * @param baseDir the folder relative paths in the inventory are resolved against, and the one
   *     a confined inventory's files must be in
   * @param options whether the files it names must be in {@code baseDir}
   * @return the inventory
   * @throws VmdpException {@code file:line:col: message} for the first problem
   */
  public static Inventory parse(String yaml, String fileName, Path baseDir, InventoryOptions options) {
    Objects.requireNonNull(options, "options");
    InventoryLoader.Loaded loaded = InventoryLoader.load(yaml, fileName, baseDir, options.confined());
    List<VmRef> vms = new ArrayList<>();
    for (InventoryLoader.VmEntry v : loaded.vms()) {
      VmRef.Builder b = VmRef.builder().vmx(v.vmx()).host(v.host()).source(v.source());
      if (v.name() != null) {
        b.name(v.name());
      }
      vms.add(b.build());
    }
    return new Inventory(fileName, loaded.hosts(), List.copyOf(vms), loaded.notes());
  }

  /** The name given when the inventory was read. */
  public String fileName() {
    return fileName;
  }

  /** The hosts by name, in document order; empty when the inventory lists none. */
  public Map<String, Host> hosts() {
    return hosts;
  }

  /** The host names, in document order. */
  public Set<String> hostNames() {
    return hosts.keySet();
  }

  /**
   * The host with that name.
   *
   * @param name the name as the inventory spells it
   * @return the host
   * @throws VmdpException naming the known hosts when there is none with that name
   */
  public Host host(String name) {
    Host h = hosts.get(name);
    if (h == null) {
      throw new VmdpException(fileName + ": no host '" + name + "' in the inventory (hosts: "
          + (hosts.isEmpty() ? "none" : String.join(", ", hosts.keySet())) + ")");
    }
    return h;
  }

  /** The VMs in document order; empty when the inventory lists none. */
  public List<VmRef> vms() {
    return vms;
  }

  /** The VMs that run on the host; empty when none does. */
  public List<VmRef> vmsOn(String hostName) {
    return vms.stream().filter(v -> v.host().equals(hostName)).toList();
  }

  /** What the readers of the referenced files (lspci, esxcli, module list) could not use; often empty. */
  public List<ReadNote> notes() {
    return notes;
  }

  /** Renders as {@code Inventory[lab.yaml: 2 hosts, 3 VMs]}. */
  @Override
  public String toString() {
    return "Inventory[" + fileName + ": " + hosts.size() + " hosts, " + vms.size() + " VMs]";
  }
}
