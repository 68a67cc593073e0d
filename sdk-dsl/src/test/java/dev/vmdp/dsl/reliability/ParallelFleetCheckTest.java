package dev.vmdp.dsl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.GuideSample;
import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet check can read and check its files in parallel: the readers, the binding and the rules
 * share no mutable state (the architecture test {@code the_sdk_keeps_no_mutable_static_state}
 * checks the static side), so 8 threads checking 240 generated VMs, one workspace per file and one
 * shared host, give exactly the findings of a sequential run, every time. {@code @Timeout} is a
 * hang guard only.
 */
class ParallelFleetCheckTest {
  @TempDir
  Path dir;

  private List<Path> fleet(int count) throws Exception {
    String guide = new String(GuideSample.vmx(), StandardCharsets.UTF_8);
    Random random = new Random(42);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String vmx = guide.replace("displayName = \"RHEL3\"", "displayName = \"vm" + i + "\"")
          .replace("memsize = \"512\"", "memsize = \"" + (256 << random.nextInt(4)) + "\"");
      switch (random.nextInt(5)) {
        case 0 -> vmx += "pciPassthru7.present = \"TRUE\"\npciPassthru7.id = \"0" + random.nextInt(9) + ":00.0\"\n";
        case 1 -> vmx += "sched.mem.min = \"" + random.nextInt(2048) + "\"\n";
        case 2 -> vmx += "broken line without equals\n\u0000\u00ff\n";
        case 3 -> vmx = vmx.replace("\n", "\r\n");
        default -> { }
      }
      files.add(Files.writeString(dir.resolve("vm" + i + ".vmx"), vmx, StandardCharsets.ISO_8859_1));
    }
    return files;
  }

  private static List<String> check(Path file, Host host) {
    return Workspace.open(file).host(host).check().findings().stream().map(Finding::toString).toList();
  }

  @Test
  @Timeout(300)
  void checkingFilesInParallelGivesTheFindingsOfASequentialRun() throws Exception {
    List<Path> files = fleet(240);
    Host host = GuideSample.host();
    List<List<String>> sequential = new ArrayList<>();
    for (Path f : files) {
      sequential.add(check(f, host));
    }
    assertThat(sequential).anyMatch(findings -> !findings.isEmpty());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int run = 0; run < 3; run++) {
        List<Future<List<String>>> futures = new ArrayList<>();
        for (Path f : files) {
          futures.add(pool.submit((Callable<List<String>>) () -> check(f, host)));
        }
        for (int i = 0; i < files.size(); i++) {
          assertThat(futures.get(i).get(60, TimeUnit.SECONDS)).as("run %d, %s", run, files.get(i))
              .isEqualTo(sequential.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Timeout(300)
  void readingAndBindingInParallelGivesTheSequentialValues() throws Exception {
    List<Path> files = fleet(120);
    List<String> sequential = new ArrayList<>();
    for (Path f : files) {
      sequential.add(VmxBinding.read(VmxDocument.read(f)).toString());
    }
    List<String> parallel = files.parallelStream().map(f -> VmxBinding.read(VmxDocument.read(f)).toString()).toList();
    assertThat(parallel).isEqualTo(sequential);
  }
}
