package dev.vmdp.dsl.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.model.Severity;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write safety as a user of the SDK meets it, through {@link Workspace#save()}: the lock folder of
 * a running VM, a file changed on disk, the backup, permissions and line endings, and two
 * workspaces saving the same file at the same time. {@code @Timeout} is a hang guard only.
 */
class WorkspaceSafetyTest {
  @TempDir
  Path dir;

  private static final String CRLF_VMX = ".encoding = \"UTF-8\"\r\n"
      + "config.version = \"8\"\r\n"
      + "virtualHW.version = \"7\"\r\n"
      + "displayName = \"db01\"\r\n"
      + "memsize = \"512\"\r\n"
      + "# kept: a comment\r\n"
      + "pciPassthru0.present = \"TRUE\"\r\n";

  /** A site rule whose fix sets memsize to the given value. */
  static Rule memsize(int mb) {
    return new Rule() {
      @Override
      public String id() {
        return "SITE" + mb;
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.ERROR;
      }

      @Override
      public String summary() {
        return "every VM has " + mb + " MB";
      }

      @Override
      public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (VirtualMachine vm : context.vms()) {
          if (vm.memoryMb().orElse(0) != mb) {
            out.add(finding("vm " + vm.name(), "memsize is not " + mb)
                .addFix(Fix.forVm(vm, "give the VM " + mb + " MB",
                    v -> VirtualMachine.builder().from(v).memoryMb(mb).build()))
                .build());
          }
        }
        return out;
      }
    };
  }

  private Path vmx() throws Exception {
    return Files.writeString(dir.resolve("db01.vmx"), CRLF_VMX, StandardCharsets.UTF_8);
  }

  private static Workspace edited(Path file, int mb) {
    Workspace ws = Workspace.open(file).addRule(memsize(mb));
    ws.apply(ws.fixes().stream().filter(f -> f.description().equals("set memsize = \"" + mb + "\"")).findFirst()
        .orElseThrow());
    return ws;
  }

  @Test
  void keepsLineEndingsCommentsPermissionsAndThePreviousBytesInTheBackup() throws Exception {
    Path file = vmx();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    edited(file, 2048).save();
    assertThat(Files.readString(file)).isEqualTo(CRLF_VMX.replace("memsize = \"512\"", "memsize = \"2048\""));
    assertThat(Files.readString(dir.resolve("db01.vmx.bak"))).isEqualTo(CRLF_VMX);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
  }

  @Test
  void aLockFolderOfARunningVmBlocksTheSaveUnlessForced() throws Exception {
    Path file = vmx();
    Files.createDirectory(dir.resolve("db01.vmx.lck"));
    Workspace ws = edited(file, 2048);
    assertThatThrownBy(ws::save).isInstanceOf(VmdpException.class)
        .hasMessage(file + ": the VM is running (" + dir.resolve("db01.vmx.lck") + " exists); power it off, or save with force");
    assertThat(Files.readString(file)).isEqualTo(CRLF_VMX);
    assertThat(dir.resolve("db01.vmx.bak")).doesNotExist();
    assertThat(ws.save(SaveOptions.defaults().withForce(true))).containsExactly(file);
    assertThat(Files.readString(file)).contains("memsize = \"2048\"\r\n");
  }

  @Test
  void aFileChangedOnDiskAfterItWasReadIsNotOverwritten() throws Exception {
    Path file = vmx();
    Workspace ws = edited(file, 2048);
    String theirs = CRLF_VMX + "annotation = \"edited in the vSphere client\"\r\n";
    Files.writeString(file, theirs);
    assertThatThrownBy(ws::save).isInstanceOf(VmdpException.class)
        .hasMessageStartingWith(file + ": the file changed on disk since it was read");
    assertThat(Files.readString(file)).isEqualTo(theirs);
  }

  @Test
  void ofTwoWorkspacesSavingTheSameFileTheSecondIsRefusedWithAClearMessage() throws Exception {
    Path file = vmx();
    Workspace first = edited(file, 1024);
    Workspace second = edited(file, 4096);
    first.save();
    assertThatThrownBy(second::save).isInstanceOf(VmdpException.class)
        .hasMessage(file + ": the file changed on disk since it was read (" + CRLF_VMX.length() + " bytes then, "
            + (CRLF_VMX.length() + 1) + " bytes now); re-read it and edit again, or save with force");
    assertThat(Files.readString(file)).contains("memsize = \"1024\"\r\n");
    assertThat(Files.readString(dir.resolve("db01.vmx.bak"))).isEqualTo(CRLF_VMX);
  }

  @Test
  @Timeout(120)
  void ofTwoWorkspacesSavingTheSameFileAtOnceExactlyOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 40; round++) {
        Path file = vmx();
        Files.deleteIfExists(dir.resolve("db01.vmx.bak"));
        Workspace a = edited(file, 1024);
        Workspace b = edited(file, 4096);
        CyclicBarrier start = new CyclicBarrier(2);
        Future<String> fa = pool.submit(saver(a, start));
        Future<String> fb = pool.submit(saver(b, start));
        List<String> outcomes = List.of(fa.get(60, TimeUnit.SECONDS), fb.get(60, TimeUnit.SECONDS));
        assertThat(outcomes).as("round %d", round).containsOnlyOnce("saved");
        String refusal = outcomes.get(outcomes.get(0).equals("saved") ? 1 : 0);
        assertThat(refusal).startsWith(file + ": the file changed on disk since it was read");
        String winner = outcomes.get(0).equals("saved") ? "1024" : "4096";
        assertThat(Files.readString(file)).isEqualTo(CRLF_VMX.replace("\"512\"", "\"" + winner + "\""));
        assertThat(Files.readString(dir.resolve("db01.vmx.bak"))).isEqualTo(CRLF_VMX);
        try (var left = Files.list(dir)) {
          assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("db01.vmx", "db01.vmx.bak");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<String> saver(Workspace ws, CyclicBarrier start) {
    return () -> {
      start.await(30, TimeUnit.SECONDS);
      try {
        ws.save();
        return "saved";
      } catch (VmdpException e) {
        return e.getMessage();
      }
    };
  }
}
