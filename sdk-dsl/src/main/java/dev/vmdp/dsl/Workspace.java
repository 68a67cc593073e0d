package dev.vmdp.dsl;

import dev.vmdp.dsl.internal.UnifiedDiff;
import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.SafeWriter;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.lspci.LspciView;
import dev.vmdp.io.passthrumap.PassthruMapBinding;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxWriteOptions;
import dev.vmdp.io.yaml.Inventory;
import dev.vmdp.io.yaml.VmRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.SitePolicy;
import dev.vmdp.rules.standard.StandardRules;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files opened together: VMs ({@code .vmx}), the host's files ({@code lspci}, {@code esxcli}
 * output, {@code esx.conf}, module list, {@code passthru.map}), checked, fixed with minimal edits,
 * shown as a unified diff, undone, and saved safely.
 *
 * <pre>{@code
 * Workspace ws = Workspace.open(Path.of("rhel3.vmx"))
 *     .lspci(Path.of("lspci.txt")).map(Path.of("passthru.map")).hostVersion("4.0");
 * ws.check().fixes().forEach(ws::apply);
 * System.out.println(ws.diff());
 * ws.save();   // atomic, keeps FILE.bak, refuses if a file changed on disk or the VM is running
 * }</pre>
 *
 * <p>A workspace is mutable and not thread-safe; its documents are immutable values, which is how
 * {@link #undo()} works.
 */
public final class Workspace {
  private final Map<String, VmFile> vms = new LinkedHashMap<>();
  private final List<LspciView> lspci = new ArrayList<>();
  private final List<EsxcliPciList> esxcli = new ArrayList<>();
  private final List<String> hostFiles = new ArrayList<>();
  private final Deque<State> undo = new ArrayDeque<>();
  private final List<Rule> extraRules = new ArrayList<>();
  private final Map<String, String> vmHosts = new LinkedHashMap<>();
  private Inventory inventory;
  private EsxConf esxConf;
  private Host cachedHost;
  private PassthruMapDocument cachedMap;
  private ModuleList modules;
  private MapFile map;
  private EsxVersion hostVersion;
  private Host explicitHost;
  private SitePolicy policy = SitePolicy.standard();
  private KnowledgeBase knowledge = KnowledgeBase.standard();

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
   * @throws VmdpException when a file cannot be read, naming it
   */
  public static Workspace open(Path... paths) {
    Workspace ws = new Workspace();
    for (Path p : paths) {
      ws.vmx(p);
    }
    return ws;
  }

  /**
   * Adds a .vmx file, or every {@code *.vmx} below a folder (sorted by path).
   *
   * @param path a file or folder
   * @return this workspace
   */
  public Workspace vmx(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        List<Path> files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
            .endsWith(".vmx") && Files.isRegularFile(p)).sorted().toList();
        if (files.isEmpty()) {
          throw new VmdpException(path + ": no .vmx file below this folder");
        }
        // Read, parse and bind the files in parallel (a fleet folder holds thousands), then add
        // them in path order; the first file that cannot be read, in that order, is reported.
        List<Object> loaded = files.parallelStream().map(Workspace::load).toList();
        for (Object o : loaded) {
          if (o instanceof VmdpException e) {
            throw e;
          }
        }
        for (Object o : loaded) {
          VmFile f = (VmFile) o;
          addVm(f, f.path.toString(), null);
        }
      } catch (IOException e) {
        throw new VmdpException(path + ": cannot list folder: " + e.getMessage(), e);
      }
      return this;
    }
    return addVm(path, FileSnapshot.read(path), path.toString());
  }

  /**
   * Adds a .vmx held in memory (for examples and tests); it cannot be saved.
   *
   * @param fileName the name shown in findings and diffs
   * @param bytes the file's bytes
   * @return this workspace
   */
  public Workspace vmx(String fileName, byte[] bytes) {
    return addVm(null, null, fileName, VmxDocument.parse(bytes, fileName));
  }

  private Workspace addVm(Path path, FileSnapshot snapshot, String name) {
    addVm(path, snapshot, name, VmxDocument.parse(snapshot), null);
    return this;
  }

  private Workspace addVm(Path path, FileSnapshot snapshot, String name, VmxDocument doc) {
    addVm(path, snapshot, name, doc, null);
    return this;
  }

  /** Adds a VM under its own name (or {@code preferredName}), made unique by its file; returns the name. */
  private String addVm(Path path, FileSnapshot snapshot, String name, VmxDocument doc, String preferredName) {
    return addVm(new VmFile(path, snapshot, doc), name, preferredName);
  }

  private String addVm(VmFile f, String name, String preferredName) {
    String vmName = preferredName != null ? preferredName : f.vm().name();
    if (vms.containsKey(vmName)) {
      vmName = vmName + " [" + name + "]";
    }
    f.named(vmName);
    vms.put(vmName, f);
    return vmName;
  }

  /** Reads, parses and binds one file (safe to run in parallel); a read error is returned, not thrown. */
  private static Object load(Path file) {
    try {
      VmFile f = new VmFile(file, FileSnapshot.read(file), null);
      f.vm();
      return f;
    } catch (VmdpException e) {
      return e;
    }
  }

  /**
   * Adds a YAML inventory: its hosts, and its VMs (each .vmx opened and checked against its host).
   * Files opened otherwise are checked against the host the host files describe.
   *
   * @param file the inventory (docs/inventory.md)
   * @return this workspace
   * @throws VmdpException {@code file:line:col: message} for a bad inventory, naming the problem
   */
  public Workspace inventory(Path file) {
    Inventory inv = Inventory.read(file);
    for (VmRef ref : inv.vms()) {
      FileSnapshot snapshot = FileSnapshot.read(ref.vmx());
      String vmName = addVm(ref.vmx(), snapshot, ref.vmx().toString(), VmxDocument.parse(snapshot),
          ref.name().orElse(null));
      vmHosts.put(vmName, ref.host());
    }
    inventory = inv;
    return this;
  }

  /**
   * Adds lspci output of the host ({@code -nn -vvv} gives the most); several views are combined.
   *
   * @param file the output
   * @return this workspace
   */
  public Workspace lspci(Path file) {
    lspci.add(LspciReader.read(file));
    cachedHost = null;
    hostFiles.add(file.toString());
    return this;
  }

  /**
   * Adds {@code esxcli hardware pci list} output of the host.
   *
   * @param file the output
   * @return this workspace
   */
  public Workspace esxcli(Path file) {
    esxcli.add(EsxcliPciList.read(file));
    cachedHost = null;
    hostFiles.add(file.toString());
    return this;
  }

  /**
   * Uses the host's {@code /etc/vmware/esx.conf} (passthrough owners, system UUID).
   *
   * @param file the file
   * @return this workspace
   */
  public Workspace esxConf(Path file) {
    esxConf = EsxConf.read(file);
    cachedHost = null;
    hostFiles.add(file.toString());
    return this;
  }

  /**
   * Uses {@code esxcfg-module --list} output of the host.
   *
   * @param file the output
   * @return this workspace
   */
  public Workspace modules(Path file) {
    modules = ModuleList.read(file);
    cachedHost = null;
    hostFiles.add(file.toString());
    return this;
  }

  /**
   * Uses the host's passthru.map (which fixes may edit and {@link #save()} writes back).
   *
   * @param file the map
   * @return this workspace
   */
  public Workspace map(Path file) {
    FileSnapshot s = FileSnapshot.read(file);
    map = new MapFile(file, s, PassthruMapDocument.parse(s.bytes(), file.toString()));
    cachedHost = null;
    hostFiles.add(file.toString());
    return this;
  }

  /**
   * Sets the host's product version.
   *
   * @param version e.g. {@code "4.0"}, {@code "7.0U3"}
   * @return this workspace
   */
  public Workspace hostVersion(String version) {
    hostVersion = EsxVersion.parse(version);
    cachedHost = null;
    return this;
  }

  /**
   * Uses a host described elsewhere (the DSL, an inventory) instead of the host files.
   *
   * @param host the host
   * @return this workspace
   */
  public Workspace host(Host host) {
    explicitHost = Objects.requireNonNull(host, "host");
    cachedHost = null;
    return this;
  }

  /**
   * Applies a site policy (severity overrides, disabled rules) to checks.
   *
   * @param policy the policy
   * @return this workspace
   */
  public Workspace policy(SitePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /**
   * Adds a site rule to checks.
   *
   * @param rule the rule
   * @return this workspace
   */
  public Workspace addRule(Rule rule) {
    extraRules.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * Uses another knowledge base (for example with site-known devices).
   *
   * @param knowledge the knowledge base
   * @return this workspace
   */
  public Workspace knowledge(KnowledgeBase knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    return this;
  }

  /** The host: the one given with {@link #host(Host)}, else the one the host files describe. */
  public Host host() {
    PassthruMapDocument mapNow = map == null ? null : map.current;
    if (cachedHost == null || cachedMap != mapNow) {
      cachedHost = buildHost();
      cachedMap = mapNow;
    }
    return cachedHost;
  }

  /** The host from what was given; {@link #host()} keeps it until a host input or the map changes. */
  private Host buildHost() {
    if (explicitHost != null) {
      Host h = explicitHost;
      if (hostVersion != null) {
        h = h.withVersion(hostVersion);
      }
      return map == null ? h : h.withPassthruMap(map.current.toModel());
    }
    Host.Builder b = Host.builder().name(hostName());
    Map<PciAddress, PciFunction> functions = new LinkedHashMap<>();
    LspciView combined = null;
    for (LspciView v : lspci) {
      combined = combined == null ? v : combined.combine(v);
    }
    if (combined != null) {
      combined.functions().forEach(f -> functions.put(f.address(), f));
    }
    for (EsxcliPciList list : esxcli) {
      list.functions().forEach(f -> functions.putIfAbsent(f.address(), f));
      for (HostDeviceReport r : list.reports().values()) {
        b.putDeviceReport(r.address(), r);
      }
    }
    b.topology(PciTopology.of(functions.values()));
    if (esxConf != null) {
      esxConf.applyTo(b);
    }
    if (modules != null) {
      b.loadedModules(new LinkedHashSet<>(modules.names()));
    }
    if (map != null) {
      b.passthruMap(map.current.toModel());
    }
    if (hostVersion != null) {
      b.version(hostVersion);
    }
    return b.build();
  }

  private String hostName() {
    return hostFiles.isEmpty() ? "unnamed" : "(" + String.join(", ", hostFiles) + ")";
  }

  /** The VMs, in the order their files were opened, as they are now (with applied fixes). */
  public List<VirtualMachine> vms() {
    List<VirtualMachine> out = new ArrayList<>();
    for (VmFile f : vms.values()) {
      out.add(f.vm());
    }
    return out;
  }

  /**
   * One VM as it is now.
   *
   * @param name the VM's name (its displayName, or the file name without {@code .vmx})
   * @return the VM
   * @throws VmdpException when no VM has that name
   */
  public VirtualMachine vm(String name) {
    return file(name).vm();
  }

  /**
   * The document of one VM as it is now.
   *
   * @param name the VM's name
   * @return the document
   */
  public VmxDocument document(String name) {
    return file(name).current;
  }

  private VmFile file(String name) {
    VmFile f = vms.get(name);
    if (f == null) {
      throw new VmdpException("no VM named '" + name + "' in the workspace (open: " + String.join(", ", vms.keySet()) + ")");
    }
    return f;
  }

  /** Checks every VM against the host with the standard rules, site rules and policy. */
  public Report check() {
    List<Rule> rules = new ArrayList<>(StandardRules.all());
    rules.addAll(extraRules);
    RuleEngine engine = RuleEngine.builder().rules(rules).knowledge(knowledge).policy(policy).build();
    if (inventory == null) {
      return engine.check(host(), vms());
    }
    List<Report> reports = new ArrayList<>();
    for (String hostName : inventory.hostNames()) {
      List<VirtualMachine> on = new ArrayList<>();
      vms.forEach((name, f) -> {
        if (hostName.equals(vmHosts.get(name))) {
          on.add(f.vm());
        }
      });
      reports.add(engine.check(inventory.host(hostName), on));
    }
    List<VirtualMachine> others = new ArrayList<>();
    vms.forEach((name, f) -> {
      if (!vmHosts.containsKey(name)) {
        others.add(f.vm());
      }
    });
    if (!others.isEmpty()) {
      reports.add(engine.check(host(), others));
    }
    return Report.combine(reports);
  }

  /** Every fix the current check offers. */
  public List<Fix> fixes() {
    return check().fixes();
  }

  /**
   * Applies a fix as a minimal edit of the VM's document (or of the passthru.map).
   *
   * @param fix the fix
   * @return this workspace
   * @throws VmdpException when the fix's VM is not open, or a map fix has no map to edit
   */
  public Workspace apply(Fix fix) {
    State before = state();
    if (fix.target() == Fix.Target.VM) {
      VmFile f = file(fix.vmName().orElseThrow());
      VirtualMachine vm = f.vm();
      VirtualMachine after = fix.applyTo(vm);
      f.setCurrent(VmxBinding.apply(f.current, vm, after, writeOptions(f.name)));
    } else {
      if (map == null) {
        throw new VmdpException("fix '" + fix.description() + "' edits the passthru.map, but none is open (use --map)");
      }
      PassthruMap now = PassthruMapBinding.read(map.current);
      // Additions, replacements and removals alike: no map change of a fix is dropped.
      map.current = PassthruMapBinding.edit(map.current, now, fix.applyTo(now)).document();
    }
    undo.push(before);
    return this;
  }

  /**
   * Applies every fix the current check offers, re-checking after each, until none is left (at
   * most once per finding). Fixes of the passthru.map are applied only when a map is open.
   *
   * @return how many fixes were applied
   */
  public int applyAll() {
    int applied = 0;
    Set<String> done = new java.util.HashSet<>();
    for (int round = 0; round < 100; round++) {
      Optional<Fix> next = check().fixes().stream()
          .filter(f -> f.target() == Fix.Target.VM || map != null) // a map fix needs an open map
          .filter(f -> !done.contains(f.vmName().orElse("") + "\u0000" + f.description())).findFirst();
      if (next.isEmpty()) {
        return applied;
      }
      done.add(next.get().vmName().orElse("") + "\u0000" + next.get().description());
      apply(next.get());
      applied++;
    }
    return applied;
  }

  private VmxWriteOptions writeOptions(String vmName) {
    String hostName = vmHosts.get(vmName);
    Optional<EsxVersion> v = hostName != null ? inventory.host(hostName).version() : host().version();
    return v.isPresent() ? VmxWriteOptions.forVersion(v.get()) : VmxWriteOptions.defaults();
  }

  /** True when some document differs from what was read (or last saved). */
  public boolean changed() {
    return vms.values().stream().anyMatch(VmFile::changed) || (map != null && map.changed());
  }

  /**
   * A unified diff of every file that would change on {@link #save()}; empty when none.
   *
   * @return the diff text
   */
  public String diff() {
    StringBuilder out = new StringBuilder();
    for (VmFile f : vms.values()) {
      out.append(UnifiedDiff.diff(f.current.fileName(), f.original.toBytes(), f.current.toBytes(), f.current.charset()));
    }
    if (map != null) {
      out.append(UnifiedDiff.diff(map.path.toString(), map.original.toBytes(), map.current.toBytes(),
          StandardCharsets.UTF_8));
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
    s.vmDocs.forEach((name, doc) -> vms.get(name).setCurrent(doc));
    if (map != null) {
      map.current = s.mapDoc;
    }
    return true;
  }

  /**
   * Saves every changed file safely (atomic replace, {@code FILE.bak}, refusal when a file changed
   * on disk since it was read or a VM is running).
   *
   * @return the files written
   */
  public List<Path> save() {
    return save(SaveOptions.defaults());
  }

  /**
   * Saves every changed file with options (force, backup).
   *
   * @param options the options
   * @return the files written
   * @throws VmdpException naming the file when a save is refused or fails
   */
  public List<Path> save(SaveOptions options) {
    List<Path> written = new ArrayList<>();
    for (VmFile f : vms.values()) {
      if (!f.changed()) {
        continue;
      }
      if (f.path == null) {
        throw new VmdpException(f.current.fileName() + ": held in memory only; cannot be saved");
      }
      SafeWriter.save(f.path, f.current.toBytes(), f.readAs(), options);
      f.saved();
      written.add(f.path);
    }
    if (map != null && map.changed()) {
      SafeWriter.save(map.path, map.current.toBytes(), map.snapshot, options);
      map.snapshot = FileSnapshot.read(map.path);
      map.original = map.current;
      written.add(map.path);
    }
    undo.clear();
    return written;
  }

  private State state() {
    Map<String, VmxDocument> docs = new LinkedHashMap<>();
    vms.forEach((name, f) -> docs.put(name, f.current));
    return new State(docs, map == null ? null : map.current);
  }

  /** The documents at one point, for undo. */
  private record State(Map<String, VmxDocument> vmDocs, PassthruMapDocument mapDoc) {}

  /** One open .vmx: where it lives, what was read, what it is now. */
  private static final class VmFile {
    final Path path;
    /**
     * The file's time stamp when read; with {@link #original}'s bytes (exactly the bytes read) it
     * is the snapshot a save compares the file on disk with. Null for a file held in memory.
     */
    private FileTime readTime;
    VmxDocument original;
    VmxDocument current;
    String name;
    private VirtualMachine vm;

    /**
     * An open file; with a null {@code doc}, the snapshot's bytes parsed. Only the document keeps
     * the bytes (a fleet holds thousands of files): the snapshot is made again for a save.
     */
    VmFile(Path path, FileSnapshot snapshot, VmxDocument doc) {
      this.path = path;
      this.readTime = snapshot == null ? null : snapshot.lastModified();
      this.original = doc != null ? doc : VmxDocument.parse(snapshot);
      this.current = original;
    }

    /** The file as it was read (or last saved), for the changed-on-disk check of a save. */
    FileSnapshot readAs() {
      return FileSnapshot.of(path, original.toBytes(), readTime);
    }

    /** After a save: the saved document is the new original. */
    void saved() {
      original = current;
      try {
        readTime = Files.getLastModifiedTime(path);
      } catch (IOException e) {
        throw new VmdpException(path + ": saved, but cannot read its time stamp: " + e.getMessage(), e);
      }
    }

    /** Gives the VM its name in the workspace, keeping the VM already read when the name is its own. */
    void named(String newName) {
      name = newName;
      if (vm != null && !vm.name().equals(newName)) {
        vm = null;
      }
    }

    VirtualMachine vm() {
      if (vm == null) {
        VirtualMachine read = VmxBinding.read(current);
        vm = name == null || name.equals(read.name()) ? read : VirtualMachine.builder().from(read).name(name).build();
      }
      return vm;
    }

    void setCurrent(VmxDocument doc) {
      current = doc;
      vm = null;
    }

    boolean changed() {
      return current != original && !java.util.Arrays.equals(current.toBytes(), original.toBytes());
    }
  }

  /** The open passthru.map. */
  private static final class MapFile {
    final Path path;
    FileSnapshot snapshot;
    PassthruMapDocument original;
    PassthruMapDocument current;

    MapFile(Path path, FileSnapshot snapshot, PassthruMapDocument doc) {
      this.path = path;
      this.snapshot = snapshot;
      this.original = doc;
      this.current = doc;
    }

    boolean changed() {
      return current != original && !java.util.Arrays.equals(current.toBytes(), original.toBytes());
    }
  }
}
