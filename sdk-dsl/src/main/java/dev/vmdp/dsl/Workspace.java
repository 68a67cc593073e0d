package dev.vmdp.dsl;

import dev.vmdp.io.ReadNote;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.io.host.HostFile;
import dev.vmdp.io.host.HostFileKind;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxWriteOptions;
import dev.vmdp.io.yaml.InventoryOptions;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.SitePolicy;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private final Changes changes = new Changes(vms, hostInputs);
  private final Checks checks = new Checks();

  private Workspace() {}

  /** An empty workspace. */
  public static Workspace create() {
    return new Workspace();
  }

  /** A workspace with .vmx files (a folder: every {@code *.vmx} below it); a file that cannot be read is named. */
  public static Workspace open(Path... paths) {
    Workspace ws = new Workspace();
    for (Path p : paths) {
      ws.vmx(p);
    }
    return ws;
  }

  /** Adds a .vmx file, or every {@code *.vmx} below a folder (sorted by path, read in parallel). */
  public Workspace vmx(Path path) {
    vms.add(path);
    return this;
  }

  /** Adds a .vmx held in memory under a file name (for examples and tests); it cannot be saved. */
  public Workspace vmx(String fileName, byte[] bytes) {
    vms.add(fileName, bytes);
    return this;
  }

  /**
   * Adds a YAML inventory (docs/inventory.md): its hosts, and its VMs, each checked against its
   * host; VMs opened otherwise use the host files. A bad inventory: {@code file:line:col: message}.
   */
  public Workspace inventory(Path file) {
    return inventory(file, InventoryOptions.defaults());
  }

  /**
   * Adds a YAML inventory read with options: {@code withConfined(true)} refuses every file it
   * names outside its folder, for an inventory that is not trusted (one from a pull request).
   */
  public Workspace inventory(Path file, InventoryOptions options) {
    checks.inventory(file, vms, options);
    return this;
  }

  /**
   * Adds lspci output of the host ({@code -nn -vvv} gives the most); several views are combined.
   * Another format (ESXi's {@code lspci -p}, esxcli output) is refused: {@code FILE:LINE:COL: not
   * lspci output: ...}.
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
   * saved), and their logs ({@code vmware.log}, {@code vmkernel.log}) diagnosed. A file or entry
   * that cannot be read, is refused by its reader, escapes the bundle or passes a limit is named.
   */
  public Workspace hostFiles(Path path) {
    hostInputs.addFound(path).forEach(vms::add);
    return this;
  }

  /** Adds a {@code vmware.log} (or the host's {@code vmkernel.log}): its lines reach the log rules (VMDP7xx). */
  public Workspace log(Path file) {
    checks.log(file);
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

  /** True when some host file came from a vm-support bundle: its VMs and map are in memory, never saved. */
  public boolean fromArchive() {
    return hostInputs.files().fromArchive();
  }

  /** Sets the host's product version, e.g. {@code "4.0"}, {@code "7.0U3"}. */
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
   * in-memory ones), the host's files, then the inventory, each once: a report's "files checked",
   * JSON's {@code inputs}.
   */
  public List<String> inputs() {
    Set<String> all = new LinkedHashSet<>();
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
   * One VM as it is now, by its file as opened or its name (displayName, else the file name without
   * {@code .vmx}) when no other VM has it; refused when no VM, or several, have that name.
   */
  public VirtualMachine vm(String nameOrFile) {
    return vms.find(nameOrFile).vm();
  }

  /** The document of one VM as it is now, by its file as opened or its name when unique. */
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
    return fixer.resolve(checks.check(vms, hostInputs));
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
   * <p>Refused when this workspace holds VMs or an inventory: a fleet check reads its own VMs.
   */
  public FleetCheck fleet() {
    if (!vms.all().isEmpty() || checks.hasInventory()) {
      throw new VmdpException("a fleet check reads its own .vmx files: the workspace must hold no VM"
          + " and no inventory (it holds " + String.join(", ", inputs()) + ")");
    }
    return new FleetCheck(checks.engine(), hostInputs, () -> checks.logLines(hostInputs), fromArchive());
  }

  /** Every fix the current check offers, resolved against its file. */
  public List<Fix> fixes() {
    return check().fixes();
  }

  /** The fix with the edits its file's binding would make, without keeping them (itself when its file is not open). */
  public Fix resolve(Fix fix) {
    return fixer.resolve(fix);
  }

  /** Applies a fix as a minimal edit of the file it addresses (a VM's .vmx, the passthru.map), which must be open. */
  public Workspace apply(Fix fix) {
    changes.edit(() -> fixer.apply(fix));
    return this;
  }

  /** Applies every fix the checks offer, re-checking until none is left; each can be undone. */
  public List<AppliedFix> applyAll() {
    return applyAll(f -> true);
  }

  /**
   * Applies the fixes of the selected findings (e.g. {@code f -> f.ruleId().equals("VMDP305")}),
   * re-checking until none is left: the one fix loop of the CLI, the console and the SDK.
   */
  public List<AppliedFix> applyAll(Predicate<Finding> which) {
    return fixer.applyAll(this::check, which, changes::before);
  }

  private VmxWriteOptions writeOptions(VmFiles.Vm vm) {
    return checks.hostVersion(vm, host()).map(VmxWriteOptions::forVersion).orElse(VmxWriteOptions.defaults());
  }

  /** The files {@link #save()} would write (their document differs from what was read), .vmx files first. */
  public List<String> changedFiles() {
    return changes.files();
  }

  /** The fix {@link #undo()} would take back (its description is the lines it wrote), or empty. */
  public Optional<Fix> lastApplied() {
    return changes.last();
  }

  /** True when some document differs from what was read (or last saved). */
  public boolean changed() {
    return changes.any();
  }

  /** A unified diff of every file that would change on {@link #save()}; empty when none. */
  public String diff() {
    return changes.diff();
  }

  /** Takes back the last applied fix; false when there was nothing to undo. */
  public boolean undo() {
    return changes.undo();
  }

  /** Saves every changed file safely; see {@link #save(SaveOptions)}. */
  public List<Path> save() {
    return save(SaveOptions.defaults());
  }

  /**
   * Saves every changed file with options (force, backup): atomic replace, {@code FILE.bak},
   * refusal (naming the file) when it changed on disk since it was read or its VM is running.
   */
  public List<Path> save(SaveOptions options) {
    return changes.save(options);
  }

  /** Renders as {@code Workspace[rhel3.vmx, lspci.txt; changed: rhel3.vmx]}: its files and what is unsaved. */
  @Override
  public String toString() {
    List<String> inputs = inputs();
    List<String> changed = changedFiles();
    return "Workspace[" + (inputs.isEmpty() ? "no files" : String.join(", ", inputs))
        + (changed.isEmpty() ? "" : "; changed: " + String.join(", ", changed)) + "]";
  }
}
