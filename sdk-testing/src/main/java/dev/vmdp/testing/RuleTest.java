package dev.vmdp.testing;

import dev.vmdp.dsl.Workspace;
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
 * are the real ones; findings and edits name files as the test named them. Only findings of the
 * rules under test are seen: every standard rule runs, as in {@code vmdp check}.
 */
public final class RuleTest {
  private final Set<String> ids;
  private final Rule extraRule;
  private final Map<String, byte[]> vmx = new LinkedHashMap<>();
  private final List<HostFile> hostFiles = new ArrayList<>();
  private Host host;
  private String esx;
  private KnowledgeBase knowledge;
  private SitePolicy policy;

  private RuleTest(Set<String> ids, Rule extraRule) {
    this.ids = ids;
    this.extraRule = extraRule;
  }

  /** A host file of a kind, with its name and text. */
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
    return open(dir);
  }

  /** Checks the files as they are in the folder now (after a fix saved them). */
  Checked rerun(Path dir) {
    return open(dir);
  }

  private Checked open(Path dir) {
    Map<String, byte[]> now = new LinkedHashMap<>();
    Workspace ws = Workspace.create();
    for (String name : vmx.keySet()) {
      ws.vmx(dir.resolve(name));
      now.put(name, TestFiles.read(dir.resolve(name)));
    }
    for (HostFile f : hostFiles) {
      f.open.accept(ws, dir.resolve(f.name));
      now.put(f.name, TestFiles.read(dir.resolve(f.name)));
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

  /** A finding with its location in the test's terms. */
  static Finding relative(Finding f, Path dir) {
    return f.location().isEmpty() ? f : Finding.builder().from(f).location(relative(f.location().get(), dir)).build();
  }
}
