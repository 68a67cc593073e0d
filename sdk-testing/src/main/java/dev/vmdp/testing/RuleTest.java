package dev.vmdp.testing;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.yaml.Inventory;
import dev.vmdp.io.yaml.VmRef;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.SitePolicy;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * A rule test in the spirit of Error Prone's {@code CompilationTestHelper}: whole .vmx and host
 * files as text, with a marker comment on the line before each line a finding must point at, run
 * through the real readers, bindings, rules and fix loop, asserting rule IDs, facts and the lines
 * written.
 *
 * <pre>{@code
 * RuleTest.forRules("VMDP305")
 *     .esx("4.0")
 *     .vmx("rhel3.vmx", """
 *         config.version = "8"
 *         virtualHW.version = "7"
 *         memsize = "512"
 *         # BUG: VMDP305
 *         sched.mem.minsize = "256"
 *         pciPassthru0.present = "TRUE"
 *         pciPassthru0.id = "03:00.0"
 *         """)
 *     .run()
 *     .expectMarked()
 *     .fix()
 *     .expectWritten("rhel3.vmx", "sched.mem.minsize = \"512\"")
 *     .recheck()
 *     .expectNone();
 * }</pre>
 *
 * <p>A marker is a comment line {@code # BUG: VMDP305} (several IDs may follow, separated by
 * blanks) in a .vmx or passthru.map text; it stands for a finding of that rule located at the next
 * line that is not a marker. Files are written to a temporary folder, so reading, fixing and saving
 * are the real ones; findings (their locations, subjects and messages) and edits name files as the
 * test named them. Only findings of the
 * rules under test are seen: every standard rule runs, as in {@code vmdp check}.
 *
 * <p>A log ({@link #log}) is diagnosed with the check; its findings are asserted by their
 * locations, as a log takes no markers. {@link TestText} edits a fixture's lines and puts markers
 * in.
 *
 * <p>Host facts that no command output shows (the IOMMU's kind, the BIOS switch, the CPU vendor,
 * a passthrough state the vSphere API reports) come from a YAML {@link #inventory inventory}, as
 * {@code vmdp check --inventory} reads it; markers in it work as in a .vmx:
 *
 * <pre>{@code
 * RuleTest.forRules("VMDP101")
 *     .vmx("db01.vmx", DB01_VMX)
 *     .inventory("inventory.yaml", """
 *         hosts:
 *           esx01:
 *             version: "4.0"
 *             cpu: intel
 *             # BUG: VMDP101
 *             iommu: {kind: none}
 *         vms:
 *           - vmx: db01.vmx
 *             host: esx01
 *         """)
 *     .run()
 *     .expectMarked();
 * }</pre>
 */
public final class RuleTest {
  private final Set<String> ids;
  private final Rule extraRule;
  private final Map<String, byte[]> vmx = new LinkedHashMap<>();
  private final List<HostFile> hostFiles = new ArrayList<>();
  /** Files written but opened by no reader of their own: the inventory, and the files it names. */
  private final Map<String, byte[]> otherFiles = new LinkedHashMap<>();
  private String inventory;
  private Host host;
  private String esx;
  private KnowledgeBase knowledge;
  private SitePolicy policy;

  private RuleTest(Set<String> ids, Rule extraRule) {
    this.ids = ids;
    this.extraRule = extraRule;
  }

  /** A host file of a kind, with its name and text. */
  @SuppressWarnings("ArrayRecordComponent") // a private carrier, never compared, hashed or printed
  private record HostFile(String name, byte[] bytes, BiConsumer<Workspace, Path> open) {}

  /**
   * A test of standard rules.
   *
   * @param ruleIds the IDs whose findings the test sees, e.g. {@code "VMDP305"}
   * @return the test
   */
  public static RuleTest forRules(String... ruleIds) {
    if (ruleIds.length == 0) {
      throw new IllegalArgumentException("RuleTest needs at least one rule ID");
    }
    return new RuleTest(new LinkedHashSet<>(List.of(ruleIds)), null);
  }

  /**
   * A test of a site rule, run with the standard rules; only its findings are seen.
   *
   * @param rule the rule
   * @return the test
   */
  public static RuleTest forRule(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return new RuleTest(Set.of(rule.id()), rule);
  }

  /**
   * Adds a .vmx file.
   *
   * @param name the file name findings and edits use, e.g. {@code "gpu01.vmx"}
   * @param text the file, as ESXi writes it; {@code # BUG: VMDPnnn} lines mark expected findings
   * @return this test
   */
  public RuleTest vmx(String name, String text) {
    return vmx(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a .vmx file given as bytes (another encoding, CRLF, a BOM).
   *
   * @param name the file name
   * @param bytes the file
   * @return this test
   */
  public RuleTest vmx(String name, byte[] bytes) {
    vmx.put(checkName(name), bytes.clone());
    return this;
  }

  /** Adds the host's {@code lspci} output (any form vmdp reads). */
  public RuleTest lspci(String name, String text) {
    return hostFile(name, text, Workspace::lspci);
  }

  /** Adds the host's {@code esxcli hardware pci list} output. */
  public RuleTest esxcli(String name, String text) {
    return hostFile(name, text, Workspace::esxcli);
  }

  /**
   * Adds a host file of any kind vmdp reads, recognised by its content as {@code vmdp check --host}
   * recognises it (ESXi's {@code lspci -p}, {@code esxcli hardware pci pcipassthru list}, the ESX 4
   * service console's lspci, a version output, and every kind the other methods add).
   *
   * @param name the file name
   * @param text the file, as the host prints it
   * @return this test
   */
  public RuleTest hostFile(String name, String text) {
    return hostFile(name, text, Workspace::hostFiles);
  }

  /** Adds the host's passthru.map; {@code # BUG:} lines mark expected findings, as in a .vmx. */
  public RuleTest map(String name, String text) {
    return hostFile(name, text, Workspace::map);
  }

  /** Adds the host's esx.conf. */
  public RuleTest esxConf(String name, String text) {
    return hostFile(name, text, Workspace::esxConf);
  }

  /** Adds the host's {@code esxcfg-module --list} output. */
  public RuleTest modules(String name, String text) {
    return hostFile(name, text, Workspace::modules);
  }

  /**
   * Adds a log to diagnose with the check, as {@code vmdp check --host} diagnoses the logs of a
   * host's folder: a VM's {@code vmware.log} or the host's {@code vmkernel.log}, whose lines reach
   * the log rules (VMDP7xx). A log takes no markers (a marker line would be a line of the log):
   * assert its findings' locations with {@link Checked#only} or {@link Checked#all}.
   *
   * @param name the file name, e.g. {@code "vmware.log"}
   * @param text the log, as ESXi writes it
   * @return this test
   */
  public RuleTest log(String name, String text) {
    return hostFile(name, text, Workspace::log);
  }

  /**
   * Adds a YAML inventory ({@code docs/inventory.md}), read as {@code vmdp check --inventory} reads
   * it: its hosts, with the facts no command output shows, and its VMs. The .vmx files its
   * {@code vms:} list names are checked against their inventory host (a later {@link #esx} does not
   * apply to them); the other .vmx files against the host the host files describe. The files it
   * names are added with {@link #file}, and {@code # BUG:} lines in it mark expected findings (a
   * YAML comment, as in a .vmx).
   *
   * @param name the file name, e.g. {@code "inventory.yaml"}
   * @param yaml the inventory; paths in it are file names of this test
   * @return this test
   * @throws IllegalStateException when the test has an inventory already
   */
  public RuleTest inventory(String name, String yaml) {
    if (inventory != null) {
      throw new IllegalStateException("RuleTest takes one inventory, has " + inventory);
    }
    inventory = checkName(name);
    return file(name, yaml);
  }

  /**
   * Adds a file that no reader opens by itself: one an {@link #inventory} names (lspci output, a
   * module list, an esx.conf). {@code # BUG:} lines in it mark expected findings.
   *
   * @param name the file name the inventory uses
   * @param text the file
   * @return this test
   */
  public RuleTest file(String name, String text) {
    otherFiles.put(checkName(name), text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  private RuleTest hostFile(String name, String text, BiConsumer<Workspace, Path> open) {
    hostFiles.add(new HostFile(checkName(name), text.getBytes(StandardCharsets.UTF_8), open));
    return this;
  }

  /**
   * Uses a host built in code instead of host files (a passthru.map given with {@link #map} still
   * applies).
   *
   * @param h the host
   * @return this test
   */
  public RuleTest host(Host h) {
    host = Objects.requireNonNull(h, "host");
    return this;
  }

  /**
   * Gives the host's product version, as {@code --esx} does.
   *
   * @param version e.g. {@code "8.0U2"}
   * @return this test
   */
  public RuleTest esx(String version) {
    esx = Objects.requireNonNull(version, "version");
    return this;
  }

  /** Uses another knowledge base. */
  public RuleTest knowledge(KnowledgeBase kb) {
    knowledge = Objects.requireNonNull(kb, "knowledge");
    return this;
  }

  /** Applies a site policy. */
  public RuleTest policy(SitePolicy p) {
    policy = Objects.requireNonNull(p, "policy");
    return this;
  }

  /**
   * Writes the files, checks them and keeps the findings of the rules under test.
   *
   * @return what the check found
   * @throws VmdpException when a file cannot be read (the test's text is not what the reader takes)
   */
  public Checked run() {
    Path dir = TestFiles.newFolder();
    vmx.forEach((name, bytes) -> TestFiles.write(dir, name, bytes));
    hostFiles.forEach(f -> TestFiles.write(dir, f.name, f.bytes));
    otherFiles.forEach((name, bytes) -> TestFiles.write(dir, name, bytes));
    return open(dir);
  }

  /** Checks the files as they are in the folder now (after a fix saved them). */
  Checked rerun(Path dir) {
    return open(dir);
  }

  private Checked open(Path dir) {
    Map<String, byte[]> now = new LinkedHashMap<>();
    Workspace ws = Workspace.create();
    Set<Path> listed = Set.of();
    if (inventory != null) {
      Path file = dir.resolve(inventory);
      ws.inventory(file);
      // The workspace opens the VMs the inventory lists; opening them again would check them twice.
      listed = Inventory.read(file).vms().stream().map(VmRef::vmx).map(RuleTest::canonical)
          .collect(Collectors.toSet());
    }
    for (String name : vmx.keySet()) {
      if (!listed.contains(canonical(dir.resolve(name)))) {
        ws.vmx(dir.resolve(name));
      }
      now.put(name, TestFiles.read(dir.resolve(name)));
    }
    for (HostFile f : hostFiles) {
      f.open.accept(ws, dir.resolve(f.name));
      now.put(f.name, TestFiles.read(dir.resolve(f.name)));
    }
    for (String name : otherFiles.keySet()) {
      now.put(name, TestFiles.read(dir.resolve(name)));
    }
    if (host != null) {
      ws.host(host);
    }
    if (esx != null) {
      ws.hostVersion(esx);
    }
    if (knowledge != null) {
      ws.knowledge(knowledge);
    }
    if (policy != null) {
      ws.policy(policy);
    }
    if (extraRule != null) {
      ws.addRule(extraRule);
    }
    return new Checked(this, ws, dir, now);
  }

  /** The rule IDs whose findings the test sees. */
  Set<String> ids() {
    return ids;
  }

  private static Path canonical(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static String checkName(String name) {
    if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("RuleTest file name must be a plain file name, was '" + name + "'");
    }
    return name;
  }

  /** Temporary folders of the tests, removed when the JVM exits. */
  static final class TestFiles {
    private TestFiles() {}

    static Path newFolder() {
      try {
        Path dir = Files.createTempDirectory("vmdp-rule-test");
        dir.toFile().deleteOnExit();
        return dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static byte[] read(Path file) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Path write(Path dir, String name, byte[] bytes) {
      try {
        Path p = Files.write(dir.resolve(name), bytes);
        p.toFile().deleteOnExit();
        dir.resolve(name + ".bak").toFile().deleteOnExit();
        return p;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A location in the test's own terms: the file as the test named it. */
  static SourceRef relative(SourceRef ref, Path dir) {
    String prefix = dir.toString() + dir.getFileSystem().getSeparator();
    String file = ref.file().startsWith(prefix) ? ref.file().substring(prefix.length()) : ref.file();
    if (file.equals(ref.file())) {
      return ref;
    }
    return ref.column().isPresent() ? SourceRef.of(file, ref.line(), ref.column().getAsInt()) : SourceRef.of(file, ref.line());
  }

  /**
   * A finding in the test's terms: its location, and the file paths in its subject and message
   * (a host read from files is named after the first: {@code host esxcli.txt}).
   */
  static Finding relative(Finding f, Path dir) {
    String prefix = dir.toString() + dir.getFileSystem().getSeparator();
    Finding.Builder b = Finding.builder().from(f).subject(f.subject().replace(prefix, ""))
        .message(f.message().replace(prefix, ""));
    f.location().ifPresent(l -> b.location(relative(l, dir)));
    return b.build();
  }
}
