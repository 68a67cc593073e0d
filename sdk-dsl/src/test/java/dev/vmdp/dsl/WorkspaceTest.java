package dev.vmdp.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.SaveOptions;
import dev.vmdp.model.Severity;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir
  Path dir;

  /** A site rule: every VM needs 1024 MB, with a fix that sets it. */
  static final Rule NEEDS_1024 = new Rule() {
    @Override
    public String id() {
      return "SITE001";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String summary() {
      return "every VM has 1024 MB";
    }

    @Override
    public List<Finding> check(CheckContext context) {
      List<Finding> out = new ArrayList<>();
      for (VirtualMachine vm : context.vms()) {
        if (vm.memoryMb().orElse(0) != 1024) {
          out.add(finding("vm " + vm.name(), "memsize is " + vm.memoryMb().orElse(0) + " MB, not 1024")
              .addFix(Fix.forVm(vm, "give the VM 1024 MB",
                  v -> VirtualMachine.builder().from(v).memoryMb(1024).build()))
              .build());
        }
      }
      return out;
    }
  };

  Path guideFile() throws Exception {
    return Files.write(dir.resolve("rhel3.vmx"), GuideSample.vmx());
  }

  @Test
  void opensBindsAndChecksTheGuideSample() throws Exception {
    Workspace ws = Workspace.open(guideFile()).host(GuideSample.host());
    assertThat(ws.vms()).extracting(VirtualMachine::name).containsExactly("RHEL3");
    assertThat(ws.vm("RHEL3").presentPassthroughDevices()).hasSize(2);
    assertThat(ws.check().errors()).isEmpty();
    assertThat(ws.changed()).isFalse();
    assertThat(ws.diff()).isEmpty();
  }

  @Test
  void listsTheFilesItReadAndNamesAHostOfFilesShortly() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("a/long/path/to/esx01"));
    Path map = Files.writeString(folder.resolve("passthru.map"), "8086 10c6 d3d0 default\n");
    Path conf = Files.writeString(folder.resolve("esx.conf"), "/system/uuid = \"" + GuideSample.HOST_UUID + "\"\n");
    Workspace ws = Workspace.open(guideFile()).map(map).esxConf(conf).vmx("memory.vmx", GuideSample.vmx());
    assertThat(ws.inputs()).containsExactly(dir.resolve("rhel3.vmx").toString(), "memory.vmx", map.toString(),
        conf.toString());
    // "host passthru.map", not "host (/a/long/path/to/esx01/passthru.map, /a/long/path/.../esx.conf)"
    assertThat(ws.host().name()).isEqualTo("passthru.map");
    assertThat(Workspace.create().host().name()).isEqualTo("unnamed");
  }

  @Test
  void saysWhatUndoTakesBackWhichFilesChangedAndWhatItHolds() throws Exception {
    Path file = guideFile();
    Workspace ws = Workspace.open(file).host(GuideSample.host()).addRule(NEEDS_1024);
    assertThat(ws.lastApplied()).isEmpty();
    assertThat(ws.changedFiles()).isEmpty();
    assertThat(ws).hasToString("Workspace[" + file + "]");
    List<AppliedFix> applied = ws.applyAll(f -> f.ruleId().equals("SITE001"));
    assertThat(ws.lastApplied()).hasValueSatisfying(f -> assertThat(f.description()).isEqualTo("set memsize = \"1024\""));
    assertThat(ws.lastApplied().orElseThrow().description()).isEqualTo(applied.get(applied.size() - 1).fix().description());
    assertThat(ws.changedFiles()).containsExactly(file.toString());
    assertThat(ws).hasToString("Workspace[" + file + "; changed: " + file + "]");
    assertThat(ws.undo()).isTrue();
    assertThat(ws.lastApplied()).isEmpty();
    assertThat(ws.changedFiles()).isEmpty();
    ws.apply(ws.check().byRule("SITE001").get(0).fixes().get(0));
    assertThat(ws.lastApplied().orElseThrow().edits()).singleElement()
        .satisfies(e -> assertThat(e.newText()).contains("memsize = \"1024\""));
    ws.save();
    assertThat(ws.lastApplied()).isEmpty();
  }

  @Test
  void appliesAFixAsAMinimalEditShowsTheDiffAndUndoes() throws Exception {
    Path file = guideFile();
    Workspace ws = Workspace.open(file).host(GuideSample.host()).addRule(NEEDS_1024);
    Report r = ws.check();
    assertThat(r.byRule("SITE001")).hasSize(1);
    ws.apply(r.fixes().get(0));
    assertThat(ws.vm("RHEL3").memoryMb()).hasValue(1024);
    assertThat(ws.diff()).isEqualTo("--- " + file + "\n+++ " + file + "\n"
        + "@@ -15,7 +15,7 @@\n"
        + " pciBridge7.virtualDev = \"pcieRootPort\"\n"
        + " pciBridge7.functions = \"8\"\n"
        + " displayName = \"RHEL3\"\n"
        + "-memsize = \"512\"\n"
        + "+memsize = \"1024\"\n"
        + " guestOS = \"linux\"\n"
        + " sched.mem.minsize = \"512\"\n"
        + " sched.mem.max = \"512\"\n");
    assertThat(ws.undo()).isTrue();
    assertThat(ws.changed()).isFalse();
    assertThat(ws.undo()).isFalse();
  }

  @Test
  void savesSafelyReopensCleanAndKeepsABackup() throws Exception {
    Path file = guideFile();
    byte[] before = Files.readAllBytes(file);
    Workspace ws = Workspace.open(file).host(GuideSample.host()).addRule(NEEDS_1024);
    assertThat(ws.applyAll()).isNotEmpty();
    assertThat(ws.save()).containsExactly(file);
    assertThat(Files.readAllBytes(dir.resolve("rhel3.vmx.bak"))).isEqualTo(before);
    assertThat(Files.readString(file)).contains("memsize = \"1024\"\n");
    Workspace again = Workspace.open(file).host(GuideSample.host()).addRule(NEEDS_1024);
    assertThat(again.check().byRule("SITE001")).isEmpty();
    assertThat(ws.changed()).isFalse();
  }

  @Test
  void refusesToOverwriteAFileChangedOnDisk() throws Exception {
    Path file = guideFile();
    Workspace ws = Workspace.open(file).addRule(NEEDS_1024);
    ws.applyAll();
    Files.writeString(file, "displayName = \"someone else\"\n");
    assertThatThrownBy(ws::save).isInstanceOf(VmdpException.class).hasMessageContaining(file.toString());
    assertThat(Files.readString(file)).isEqualTo("displayName = \"someone else\"\n");
    assertThat(ws.save(SaveOptions.defaults().withForce(true))).containsExactly(file);
  }

  @Test
  void opensEveryVmxBelowAFolderAndNamesDuplicatesByFile() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b/c"));
    Files.write(a.resolve("one.vmx"), GuideSample.vmx());
    Files.write(b.resolve("two.vmx"), GuideSample.vmx());
    Files.writeString(b.resolve("notes.txt"), "not a vmx");
    Workspace ws = Workspace.open(dir);
    assertThat(ws.vms()).extracting(VirtualMachine::name).containsExactly("RHEL3", "RHEL3");
    assertThat(ws.vms()).extracting(vm -> vm.file().orElseThrow())
        .containsExactly(a.resolve("one.vmx").toString(), b.resolve("two.vmx").toString());
    assertThat(ws.document(b.resolve("two.vmx").toString()).fileName()).isEqualTo(b.resolve("two.vmx").toString());
    assertThatThrownBy(() -> ws.vm("RHEL3")).hasMessageContaining("several VMs are named 'RHEL3'");
  }

  /** A site rule whose fix edits the passthru.map. */
  static final Rule WANTS_MAP_LINE = new Rule() {
    @Override
    public String id() {
      return "SITE002";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public String summary() {
      return "every host lists 8086 10c6";
    }

    @Override
    public List<Finding> check(CheckContext context) {
      boolean listed = context.host().passthruMap().entries().stream().anyMatch(e -> e.toLine().startsWith("8086 10c6"));
      if (listed) {
        return List.of();
      }
      dev.vmdp.model.host.PassthruMapEntry line = dev.vmdp.model.host.PassthruMapEntry.builder().vendor(0x8086)
          .device(0x10c6).resetMethod(dev.vmdp.model.host.ResetMethod.D3D0)
          .fptShareable(dev.vmdp.model.host.FptShareable.DEFAULT).build();
      return List.of(finding("passthru.map", "8086 10c6 is not listed")
          .addFix(Fix.forPassthruMap(context.host().passthruMap(), "reset 8086:10c6 with d3d0",
              m -> dev.vmdp.model.host.PassthruMap.builder().from(m).addEntry(line).build()))
          .build());
    }
  };

  @Test
  void appliesMapFixesOnlyWhenAMapIsOpen() throws Exception {
    Workspace without = Workspace.open(guideFile()).addRule(WANTS_MAP_LINE);
    without.applyAll(); // the VM fixes of the standard rules apply; the map fix is left, without an error
    assertThat(without.diff()).doesNotContain("8086 10c6");
    assertThat(without.check().byRule("SITE002")).hasSize(1);
    Path map = Files.writeString(dir.resolve("passthru.map"), "10de ffff bridge false\n");
    Workspace with = Workspace.open(guideFile()).map(map).addRule(WANTS_MAP_LINE);
    assertThat(with.applyAll()).isNotEmpty();
    assertThat(with.diff()).contains("+8086 10c6 d3d0   default"); // aligned with the file's columns
    with.save();
    assertThat(Files.readString(map)).isEqualTo("10de ffff bridge false\n8086 10c6 d3d0   default\n");
  }

  @Test
  void inMemoryDocumentsCannotBeSaved() {
    Workspace ws = GuideSample.workspace().addRule(NEEDS_1024);
    ws.applyAll();
    assertThatThrownBy(ws::save).hasMessage("rhel3.vmx: held in memory only; cannot be saved");
  }

  @Test
  void namesAMissingVm() {
    assertThatThrownBy(() -> GuideSample.workspace().vm("nope"))
        .hasMessage("no VM named 'nope' in the workspace (open: RHEL3 [rhel3.vmx])");
  }

  @Test
  void buildsTheHostFromItsFiles() throws Exception {
    Path lspci = Files.writeString(dir.resolve("lspci.txt"), "03:00.0 0200: 12ab:3456\n02:00.0 0200: 78cd:6543\n");
    Path modules = Files.writeString(dir.resolve("modules.txt"), "Name Used Size (kb)\nvtddmar 1 12\n");
    Path map = Files.write(dir.resolve("passthru.map"), "12ab 3456 d3d0 default\n".getBytes(StandardCharsets.UTF_8));
    Workspace ws = Workspace.create().lspci(lspci).modules(modules).map(map).hostVersion("4.0");
    assertThat(ws.host().topology().size()).isEqualTo(2);
    assertThat(ws.host().loadedModules().orElseThrow()).containsExactly("vtddmar");
    assertThat(ws.host().passthruMap().entries()).hasSize(1);
    assertThat(ws.host().version().map(Object::toString)).contains("4.0");
  }
}
