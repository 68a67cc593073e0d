package dev.vmdp.dsl;

import dev.vmdp.io.ReadNote;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.io.host.HostFile;
import dev.vmdp.io.host.HostFileKind;
import dev.vmdp.io.host.HostFiles;
import dev.vmdp.io.log.VmwareLogReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxWriteOptions;
import dev.vmdp.io.yaml.InventoryOptions;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.SitePolicy;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Files opened together: VMs ({@code .vmx}), the host's files ({@code lspci}, {@code esxcli}
 * output, ESXi's {@code lspci -p}, {@code esx.conf}, module list, {@code passthru.map}, given one
 * by one or as a folder or vm-support bundle with {@link #hostFiles(Path)}) and logs, checked,
 * fixed with minimal edits, shown as a unified diff, undone, and saved safely.
 *
 * <pre>{@code
 * Workspace ws = Workspace.open(Path.of("rhel3.vmx"))
 *     .lspci(Path.of("lspci.txt")).map(Path.of("passthru.map")).hostVersion("4.0");
 * ws.applyAll().forEach(System.out::println);   // VMDP305 vm RHEL3: set sched.mem.minsize = "512"
 * System.out.println(ws.diff());
 * ws.save();   // atomic, keeps FILE.bak, refuses if a file changed on disk or the VM is running
 * }</pre>
 *
 * <p>A workspace is a facade: the open .vmx files, the host inputs, the fix loop and saving are
 * collaborators of their own. VMs are addressed by their file as opened (or by name when it is
 * unique). A workspace is mutable and not thread-safe; its documents are immutable values, which
 * is how {@link #undo()} works.
 */
public final class Workspace {
  private final VmFiles vms = new VmFiles();
  private final HostInputs hostInputs = new HostInputs();
  private final Fixer fixer = new Fixer(vms, hostInputs, this::writeOptions);
  private final Deque<State> undo = new ArrayDeque<>();
  private final Checks checks = new Checks();
  private final List<Path> logs = new ArrayList<>();

  private Workspace() {}

  /** An empty workspace. */
  public static Workspace create() {
    return new Workspace();
  }

  /**
   * A workspace with .vmx files; a folder stands for every {@code *.vmx} below it.
   *
   * @param paths files or folders
   * @return the workspace
   * @throws dev.vmdp.model.VmdpException when a file cannot be read, naming it
   */
  public static Workspace open(Path... paths) {
    Workspace ws = new Workspace();
    for (Path p : paths) {
      ws.vmx(p);
    }
    return ws;
  }

  /**
   * Adds a .vmx file, or every {@code *.vmx} below a folder (sorted by path, read in parallel).
   *
   * @param path a file or folder
   * @return this workspace
   */
  public Workspace vmx(Path path) {
    vms.add(path);
    return this;
  }

  /**
   * Adds a .vmx held in memory (for examples and tests); it cannot be saved.
   *
   * @param fileName the name shown in findings and diffs, and the file its fixes address
   * @param bytes the file's bytes
   * @return this workspace
   */
  public Workspace vmx(String fileName, byte[] bytes) {
    vms.add(fileName, bytes);
    return this;
  }

  /**
   * Adds a YAML inventory: its hosts, and its VMs (each .vmx opened and checked against its host).
   * Files opened otherwise are checked against the host the host files describe.
   *
   * @param file the inventory (docs/inventory.md)
   * @return this workspace
   * @throws dev.vmdp.model.VmdpException {@code file:line:col: message} for a bad inventory
   */
  public Workspace inventory(Path file) {
    return inventory(file, InventoryOptions.defaults());
  }

  /**
   * Adds a YAML inventory read with options: {@code withConfined(true)} refuses every file it
   * names outside its folder, for an inventory that is not trusted (one from a pull request).
   *
   * @param file the inventory (docs/inventory.md)
   * @param options how to read it
   * @return this workspace
   * @throws dev.vmdp.model.VmdpException {@code file:line:col: message} for a bad inventory, or a
   *     confined one that names a file outside its folder
   */
  public Workspace inventory(Path file, InventoryOptions options) {
    checks.inventory(file, vms, options);
    return this;
  }

  /**
   * Adds lspci output of the host ({@code -nn -vvv} gives the most); several views are combined.
   *
   * @param file the output
   * @return this workspace
   * @throws dev.vmdp.model.VmdpException {@code FILE:LINE:COL: not lspci output: ...} when it is
   *     another format (ESXi's {@code lspci -p}, esxcli output)
   */
  public Workspace lspci(Path file) {
    hostInputs.add(file, HostFileKind.LSPCI);
    return this;
  }

  /** Adds {@code esxcli hardware pci list} output of the host: a whole inventory of its PCI functions. */
  public Workspace esxcli(Path file) {
    hostInputs.add(file, HostFileKind.ESXCLI_PCI_LIST);
    return this;
  }

  /** Uses the host's {@code /etc/vmware/esx.conf} (passthrough owners, system UUID). */
  public Workspace esxConf(Path file) {
    hostInputs.add(file, HostFileKind.ESX_CONF);
    return this;
  }

  /** Uses {@code esxcfg-module --list} output of the host. */
  public Workspace modules(Path file) {
    hostInputs.add(file, HostFileKind.MODULE_LIST);
    return this;
  }

  /** Uses the host's passthru.map, which fixes may edit and {@link #save()} writes back. */
  public Workspace map(Path file) {
    hostInputs.add(file, HostFileKind.PASSTHRU_MAP);
    return this;
  }

  /**
   * Adds the host's files, each recognised by its content: one file of any kind vmdp reads, a
   * folder of them, or a vm-support bundle ({@code .tgz}). The .vmx files among them are opened and
   * checked (from a folder as files that {@link #save()} may write; from a bundle in memory, never
   * saved), and their logs ({@code vmware.log}, {@code vmkernel.log}) diagnosed.
   *
   * @param path a file, folder or bundle
   * @return this workspace
   * @throws dev.vmdp.model.VmdpException naming the file or entry when one cannot be read, is
   *     refused by its reader, or a bundle's entry escapes the bundle or passes a limit
   */
  public Workspace hostFiles(Path path) {
    java.util.Set<HostFile> before = new java.util.HashSet<>(hostInputs.vmxFiles());
    hostInputs.add(path, null);
    for (HostFile f : hostInputs.vmxFiles()) {
      if (before.contains(f)) {
        continue;
      }
      if (f.path().isPresent()) {
        vms.add(f.path().get());
      } else {
        vms.add(f.name(), f.bytes().orElseThrow());
      }
    }
    return this;
  }

  /**
   * Adds a {@code vmware.log} (or the host's {@code vmkernel.log}) to diagnose with the checks: its
   * lines reach the log rules (VMDP7xx).
   *
   * @param file the log
   * @return this workspace
   */
  public Workspace log(Path file) {
    logs.add(file);
    return this;
  }

  /**
   * What the readers of the host's files left out and where views of the host disagree (and which
   * one is used), each at its place; a check reports them as notes.
   */
  public List<ReadNote> notes() {
    return hostInputs.notes();
  }

  /** The host's files read so far, in order, each with its kind (the VMs and logs among them too). */
  public List<HostFile> hostFilesRead() {
    return hostInputs.files().files();
  }

  /**
   * True when some host file came from a vm-support bundle: its VMs and passthru.map are held in
   * memory, so fixes to them cannot be saved.
   */
  public boolean fromArchive() {
    return hostInputs.files().fromArchive();
  }

  /**
   * Sets the host's product version.
   *
   * @param version e.g. {@code "4.0"}, {@code "7.0U3"}
   * @return this workspace
   */
  public Workspace hostVersion(String version) {
    hostInputs.version(EsxVersion.parse(version));
    return this;
  }

  /** Uses a host described elsewhere (the DSL, an inventory) instead of the host files. */
  public Workspace host(Host host) {
    hostInputs.host(host);
    return this;
  }

  /** Applies a site policy (severity overrides, disabled rules) to checks. */
  public Workspace policy(SitePolicy policy) {
    checks.policy(policy);
    return this;
  }

  /** Adds a site rule to checks. */
  public Workspace addRule(Rule rule) {
    checks.addRule(rule);
    return this;
  }

  /** Uses another knowledge base (for example with site-known devices). */
  public Workspace knowledge(KnowledgeBase knowledge) {
    checks.knowledge(knowledge);
    return this;
  }

  /** The host: the one given with {@link #host(Host)}, else the one the host files describe. */
  public Host host() {
    return hostInputs.host();
  }

  /**
   * The files this workspace read, as they were named: the .vmx files (or the names given to
   * in-memory ones), the host's files, then the inventory. This is what a report's renderer
   * counts as "files checked" and JSON lists as {@code inputs}.
   *
   * @return the file names, each once
   */
  public List<String> inputs() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    vms.all().forEach(v -> all.add(v.file.name()));
    all.addAll(hostInputs.files().names());
    checks.inventoryFile().ifPresent(all::add);
    return List.copyOf(all);
  }

  /** The VMs, in the order their files were opened, as they are now (with applied fixes). */
  public List<VirtualMachine> vms() {
    return vms.all().stream().map(VmFiles.Vm::vm).toList();
  }

  /**
   * One VM as it is now.
   *
   * @param nameOrFile the file as opened, or the VM's name (its displayName, or the file name
   *     without {@code .vmx}) when no other VM has it
   * @return the VM
   * @throws dev.vmdp.model.VmdpException when no VM, or several, have that name
   */
  public VirtualMachine vm(String nameOrFile) {
    return vms.find(nameOrFile).vm();
  }

  /**
   * The document of one VM as it is now.
   *
   * @param nameOrFile the file as opened, or the VM's name when unique
   * @return the document
   */
  public VmxDocument document(String nameOrFile) {
    return vms.find(nameOrFile).file.current();
  }

  /** The open passthru.map as it is now, or empty when none was given. */
  public Optional<PassthruMapDocument> mapDocument() {
    return Optional.ofNullable(hostInputs.mapFile()).map(OpenFile::current);
  }

  /**
   * Checks every VM against its host with the standard rules, site rules and policy; every fix is
   * resolved against its file, so its description is the lines it would write.
   */
  public Report check() {
    Report checked = checks.check(vms, host(), logLines());
    List<String> notes = new ArrayList<>(checked.assumptions());
    hostInputs.notes().forEach(n -> notes.add(n.toString()));
    return fixer.resolve(new Report(checked.findings(), notes));
  }

  /**
   * A check of a fleet of .vmx files against this workspace's host, rules, policy and logs, which
   * reads, checks and drops the files one by one in parallel instead of opening them here (see
   * {@link FleetCheck}).
   *
   * <pre>{@code
   * Workspace.create().esxcli(Path.of("esxcli.txt")).fleet()
   *     .run(List.of(Path.of("/vmfs/volumes")), f -> System.out.println(f.file() + ": " + f.report()));
   * }</pre>
   *
   * @return the check, to run once
   * @throws dev.vmdp.model.VmdpException when this workspace holds VMs or an inventory (a fleet
   *     check reads its own VMs; an inventory's VMs are checked against their own hosts)
   */
  public FleetCheck fleet() {
    if (!vms.all().isEmpty() || checks.hasInventory()) {
      throw new VmdpException("a fleet check reads its own .vmx files: the workspace must hold no VM"
          + " and no inventory (it holds " + String.join(", ", inputs()) + ")");
    }
    return new FleetCheck(checks.engine(), hostInputs, this::logLines, fromArchive());
  }

  /** The lines of every log to diagnose: those given and those the host's folders and bundles held. */
  private List<LogLine> logLines() {
    List<LogLine> out = new ArrayList<>();
    for (Path p : logs) {
      try (java.util.stream.Stream<LogLine> s = VmwareLogReader.lines(p)) {
        s.forEach(out::add);
      }
    }
    for (HostFile f : hostInputs.files().logFiles()) {
      try (java.util.stream.Stream<LogLine> s = HostFiles.logLines(f)) {
        s.forEach(out::add);
      }
    }
    return out;
  }

  /** Every fix the current check offers, resolved against its file. */
  public List<Fix> fixes() {
    return check().fixes();
  }

  /**
   * The fix with the edits its file's binding would make, without keeping them.
   *
   * @param fix a fix from a check
   * @return the resolved fix (the fix itself when its file is not open)
   */
  public Fix resolve(Fix fix) {
    return fixer.resolve(fix);
  }

  /**
   * Applies a fix as a minimal edit of the file it addresses (a VM's .vmx or the passthru.map).
   *
   * @param fix the fix
   * @return this workspace
   * @throws dev.vmdp.model.VmdpException when the fix's file is not open
   */
  public Workspace apply(Fix fix) {
    State before = state(null);
    Fix resolved = fixer.apply(fix);
    undo.push(before.withFix(resolved));
    return this;
  }

  /**
   * Applies every fix the checks offer, re-checking until none is left; each can be undone.
   *
   * @return the fixes applied, in order
   */
  public List<AppliedFix> applyAll() {
    return applyAll(f -> true);
  }

  /**
   * Applies the fixes of the selected findings, re-checking until none is left (the one fix loop
   * of the CLI, the console and the SDK).
   *
   * @param which the findings whose fixes to apply, e.g. {@code f -> f.ruleId().equals("VMDP305")}
   * @return the fixes applied, in order
   */
  public List<AppliedFix> applyAll(Predicate<Finding> which) {
    return fixer.applyAll(this::check, which, fix -> undo.push(state(fix)));
  }

  private VmxWriteOptions writeOptions(VmFiles.Vm vm) {
    return checks.hostVersion(vm, host()).map(VmxWriteOptions::forVersion).orElse(VmxWriteOptions.defaults());
  }

  /**
   * The files whose document differs from what was read (or last saved), as named: what
   * {@link #save()} would write.
   *
   * @return the file names, .vmx files first, then the passthru.map; empty when nothing changed
   */
  public List<String> changedFiles() {
    List<String> out = new ArrayList<>();
    vms.all().stream().filter(v -> v.file.changed()).forEach(v -> out.add(v.file.name()));
    if (hostInputs.mapFile() != null && hostInputs.mapFile().changed()) {
      out.add(hostInputs.mapFile().name());
    }
    return List.copyOf(out);
  }

  /**
   * The fix {@link #undo()} would take back, resolved against its file (its description is the
   * lines it wrote).
   *
   * @return the last applied fix, or empty when there is nothing to undo
   */
  public Optional<Fix> lastApplied() {
    return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().fix());
  }

  /** True when some document differs from what was read (or last saved). */
  public boolean changed() {
    return vms.all().stream().anyMatch(v -> v.file.changed())
        || (hostInputs.mapFile() != null && hostInputs.mapFile().changed());
  }

  /** A unified diff of every file that would change on {@link #save()}; empty when none. */
  public String diff() {
    StringBuilder out = new StringBuilder();
    vms.all().forEach(v -> out.append(v.file.diff()));
    if (hostInputs.mapFile() != null) {
      out.append(hostInputs.mapFile().diff());
    }
    return out.toString();
  }

  /**
   * Takes back the last applied fix.
   *
   * @return false when there was nothing to undo
   */
  public boolean undo() {
    if (undo.isEmpty()) {
      return false;
    }
    State s = undo.pop();
    s.vmDocs.forEach((file, doc) -> vms.byFile(file).setCurrent(doc));
    if (s.mapDoc != null) {
      hostInputs.mapFile().setCurrent(s.mapDoc);
    }
    return true;
  }

  /** Saves every changed file safely; see {@link #save(SaveOptions)}. */
  public List<Path> save() {
    return save(SaveOptions.defaults());
  }

  /**
   * Saves every changed file with options (force, backup): atomic replace, {@code FILE.bak},
   * refusal when a file changed on disk since it was read or a VM is running.
   *
   * @param options the options
   * @return the files written
   * @throws dev.vmdp.model.VmdpException naming the file when a save is refused or fails
   */
  public List<Path> save(SaveOptions options) {
    List<Path> written = new ArrayList<>();
    for (VmFiles.Vm v : vms.all()) {
      if (v.file.save(options)) {
        written.add(v.file.path());
      }
    }
    OpenFile<PassthruMapDocument> map = hostInputs.mapFile();
    if (map != null && map.save(options)) {
      written.add(map.path());
    }
    undo.clear();
    return written;
  }

  /** Renders as {@code Workspace[rhel3.vmx, lspci.txt; changed: rhel3.vmx]}: its files and what is unsaved. */
  @Override
  public String toString() {
    List<String> inputs = inputs();
    List<String> changed = changedFiles();
    return "Workspace[" + (inputs.isEmpty() ? "no files" : String.join(", ", inputs))
        + (changed.isEmpty() ? "" : "; changed: " + String.join(", ", changed)) + "]";
  }

  private State state(Fix next) {
    Map<String, VmxDocument> docs = new LinkedHashMap<>();
    vms.all().forEach(v -> docs.put(v.file.name(), v.file.current()));
    return new State(docs, hostInputs.mapFile() == null ? null : hostInputs.mapFile().current(), next);
  }

  /** The documents at one point, for undo. */
  private record State(Map<String, VmxDocument> vmDocs, PassthruMapDocument mapDoc, Fix fix) {
    State withFix(Fix applied) {
      return new State(vmDocs, mapDoc, applied);
    }
  }
}
