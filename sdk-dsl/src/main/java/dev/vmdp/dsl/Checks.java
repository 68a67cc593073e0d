package dev.vmdp.dsl;

import dev.vmdp.io.host.HostFile;
import dev.vmdp.io.host.HostFiles;
import dev.vmdp.io.log.VmwareLogReader;
import dev.vmdp.io.yaml.Inventory;
import dev.vmdp.io.yaml.InventoryOptions;
import dev.vmdp.io.yaml.VmRef;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.SitePolicy;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import dev.vmdp.rules.standard.StandardRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a {@link Workspace} checks: the standard rules, site rules, policy and knowledge base, which
 * host each VM is checked against (its inventory host, else the workspace's host), and the logs
 * diagnosed with them.
 */
final class Checks {
  private final List<Rule> extraRules = new ArrayList<>();
  private final List<Path> logs = new ArrayList<>();
  /** The inventory host of each VM the inventory lists, by file. */
  private final Map<String, String> vmHosts = new LinkedHashMap<>();
  private Inventory inventory;
  private SitePolicy policy = SitePolicy.standard();
  private KnowledgeBase knowledge = KnowledgeBase.standard();

  void addRule(Rule rule) {
    extraRules.add(Objects.requireNonNull(rule, "rule"));
  }

  void policy(SitePolicy p) {
    policy = Objects.requireNonNull(p, "policy");
  }

  void knowledge(KnowledgeBase k) {
    knowledge = Objects.requireNonNull(k, "knowledge");
  }

  /** Adds a log to diagnose ({@code vmware.log}, {@code vmkernel.log}). */
  void log(Path file) {
    logs.add(Objects.requireNonNull(file, "file"));
  }

  /** The lines of every log to diagnose: those given and those the host's folders and bundles held. */
  List<LogLine> logLines(HostInputs host) {
    List<LogLine> out = new ArrayList<>();
    for (Path p : logs) {
      try (Stream<LogLine> s = VmwareLogReader.lines(p)) {
        s.forEach(out::add);
      }
    }
    for (HostFile f : host.files().logFiles()) {
      try (Stream<LogLine> s = HostFiles.logLines(f)) {
        s.forEach(out::add);
      }
    }
    return out;
  }

  /**
   * Checks every VM and the logs against the host the inputs describe; the host readers' notes
   * join the report's assumptions.
   */
  Report check(VmFiles vms, HostInputs host) {
    Report checked = check(vms, host.host(), logLines(host));
    List<String> notes = new ArrayList<>(checked.assumptions());
    host.notes().forEach(n -> notes.add(n.toString()));
    return new Report(checked.findings(), notes);
  }

  /** Reads an inventory and opens its VMs. */
  void inventory(Path file, VmFiles vms, InventoryOptions options) {
    Inventory inv = Inventory.read(file, options);
    for (VmRef ref : inv.vms()) {
      vmHosts.put(vms.add(ref.vmx(), ref.name().orElse(null)).file.name(), ref.host());
    }
    inventory = inv;
  }

  /** The inventory's file as named, or empty when none was read. */
  Optional<String> inventoryFile() {
    return Optional.ofNullable(inventory).map(Inventory::fileName);
  }

  /** The version of the host a VM runs on, when known. */
  Optional<EsxVersion> hostVersion(VmFiles.Vm vm, Host workspaceHost) {
    String hostName = vmHosts.get(vm.file.name());
    return hostName != null ? inventory.host(hostName).version() : workspaceHost.version();
  }

  /** The engine of a check: the standard rules and the site's, the knowledge base and the policy. */
  RuleEngine engine() {
    List<Rule> rules = new ArrayList<>(StandardRules.all());
    rules.addAll(extraRules);
    return RuleEngine.builder().rules(rules).knowledge(knowledge).policy(policy).build();
  }

  /** True when an inventory was read (its VMs are checked against their own hosts). */
  boolean hasInventory() {
    return inventory != null;
  }

  /** Checks every VM against its host, and diagnoses the logs (with the workspace's host). */
  Report check(VmFiles vms, Host workspaceHost, List<LogLine> logs) {
    RuleEngine engine = engine();
    if (inventory == null) {
      return engine.check(workspaceHost, vms.all().stream().map(VmFiles.Vm::vm).toList(), logs);
    }
    List<Report> reports = new ArrayList<>();
    for (String hostName : inventory.hostNames()) {
      List<VirtualMachine> on = vms.all().stream().filter(v -> hostName.equals(vmHosts.get(v.file.name())))
          .map(VmFiles.Vm::vm).toList();
      reports.add(engine.check(inventory.host(hostName), on));
    }
    List<VirtualMachine> others = vms.all().stream().filter(v -> !vmHosts.containsKey(v.file.name()))
        .map(VmFiles.Vm::vm).toList();
    if (!others.isEmpty() || !logs.isEmpty()) {
      reports.add(engine.check(workspaceHost, others, logs));
    }
    return Report.combine(reports);
  }
}
