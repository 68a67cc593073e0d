package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution (console/target/vmdp-VERSION.zip, made at package time) unzipped into a temp
 * folder and run from there, in an environment that holds only a PATH with the JDK and the system
 * tools and a HOME: what README.md promises an installation needs. Run by failsafe at verify.
 */
class DistributionIT {
  private static final String SAMPLE_VMX = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "19"
      displayName = "gpu-worker"
      memSize = "8192"
      sched.mem.min = "8192"
      pciPassthru0.present = "TRUE"
      pciPassthru0.id = "00000:101:00.0"
      pciPassthru0.vendorId = "0x10de"
      pciPassthru0.deviceId = "0x1eb8"
      """;

  @TempDir
  Path dir;

  private Path home;
  private Path installed;

  @BeforeEach
  void unzip() throws Exception {
    Path zip = Path.of(System.getProperty("vmdp.distribution", "target/vmdp.zip"));
    assertThat(zip).as("the distribution, made at package time").isRegularFile();
    Assumptions.assumeTrue(onPath("unzip"), "no unzip command: cannot unzip with file modes");
    home = Files.createDirectories(dir.resolve("home"));
    Path into = Files.createDirectories(dir.resolve("opt"));
    Process p = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", into.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("unzip.txt").toFile()).start();
    assertThat(p.waitFor()).as(Files.readString(dir.resolve("unzip.txt"))).isZero();
    installed = into.resolve("vmdp-" + System.getProperty("vmdp.version"));
  }

  @Test
  void holdsTheLauncherTheJarTheClassListTheCompletionScriptAndTheDocs() throws Exception {
    try (ZipFile zip = new ZipFile(System.getProperty("vmdp.distribution"))) {
      List<String> names = Collections.list(zip.entries()).stream().map(e -> e.getName()).toList();
      String top = "vmdp-" + System.getProperty("vmdp.version") + "/";
      assertThat(names).contains(top + "bin/vmdp", top + "lib/vmdp.jar", top + "lib/vmdp.classlist",
          top + "completion/vmdp.bash", top + "README.md", top + "docs/PERFORMANCE.md", top + "docs/rules/VMDP305.md");
      assertThat(names).allMatch(n -> n.startsWith(top));
    }
    assertThat(Files.isExecutable(installed.resolve("bin/vmdp"))).isTrue();
    assertThat(Files.readString(installed.resolve("completion/vmdp.bash"))).contains("complete").contains("check");
  }

  @Test
  void runsRulesAndCheckFromTheUnzippedFolderWithACleanEnvironment() throws Exception {
    Run rules = run(List.of(), "rules");
    assertThat(rules.code).as(rules.err).isZero();
    assertThat(rules.out).contains("VMDP101").contains("VMDP305");
    assertThat(rules.err).isEmpty();
    // The first run made the class-data sharing archive for this JDK next to the jar.
    assertThat(archives(installed.resolve("lib"))).hasSize(1);

    Path vmx = Files.writeString(dir.resolve("gpu worker.vmx"), SAMPLE_VMX, StandardCharsets.UTF_8);
    Run check = run(List.of(), "check", vmx.toString(), "--format", "json");
    assertThat(check.code).as(check.err).isBetween(0, 1);
    assertThat(check.out).startsWith("{\"findings\":").contains("\"summary\"");
    assertThat(check.err).isEmpty();
  }

  @Test
  void compilesSoonerForAFolderThanForOneFile() throws Exception {
    // The java launcher reads JDK_JAVA_OPTIONS and the JVM then prints the flags it runs with.
    List<String> printFlags = List.of("JDK_JAVA_OPTIONS=-XX:+PrintCommandLineFlags");
    Path folder = Files.createDirectories(dir.resolve("vms"));
    Path vmx = Files.writeString(folder.resolve("gpu-worker.vmx"), SAMPLE_VMX, StandardCharsets.UTF_8);
    Run one = run(printFlags, "check", vmx.toString(), "--format", "json");
    assertThat(one.code).as(one.err).isBetween(0, 1);
    assertThat(one.out).contains("-XX:Tier3InvocationThreshold=50").doesNotContain("NotifyFreqLog");
    Run fleet = run(printFlags, "check", folder.toString(), "--format", "json");
    assertThat(fleet.code).as(fleet.err).isBetween(0, 1);
    assertThat(fleet.out).contains("-XX:Tier3InvocationThreshold=50")
        .contains("-XX:Tier0InvokeNotifyFreqLog=4").contains("-XX:Tier0BackedgeNotifyFreqLog=8");
  }

  @Test
  void runsThroughASymbolicLinkAndWithoutItsArchive() throws Exception {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("vmdp"), installed.resolve("bin/vmdp"));
    Run linked = runCommand(List.of(), bin.resolve("vmdp").toString(), "explain", "VMDP305");
    assertThat(linked.code).as(linked.err).isZero();
    assertThat(linked.out).contains("VMDP305");

    Run noSharing = run(List.of("VMDP_JAVA_OPTS=-Xshare:off"), "rules");
    assertThat(noSharing.code).as(noSharing.err).isZero();
    assertThat(noSharing.err).isEmpty();
  }

  @Test
  void aStaleOrBrokenArchiveNeverBreaksARun() throws Exception {
    assertThat(run(List.of(), "rules").code).isZero();
    Path archive = archives(installed.resolve("lib")).get(0);
    // Garbage in place of the archive, still newer than the jar: the JVM must ignore it quietly.
    archive.toFile().setWritable(true);
    Files.write(archive, new byte[4096]);
    Path vmx = Files.writeString(dir.resolve("vm.vmx"), SAMPLE_VMX, StandardCharsets.UTF_8);
    Run broken = run(List.of(), "check", vmx.toString(), "--format", "json");
    assertThat(broken.code).as(broken.err).isBetween(0, 1);
    assertThat(broken.out).startsWith("{\"findings\":");
    assertThat(broken.err).isEmpty();
    // A jar newer than the archive: the launcher makes the archive again.
    Files.setLastModifiedTime(archive, FileTime.fromMillis(0));
    Run remade = run(List.of(), "rules");
    assertThat(remade.code).as(remade.err).isZero();
    assertThat(remade.err).isEmpty();
    assertThat(Files.size(archive)).isGreaterThan(1 << 20);
  }

  @Test
  void anArchiveNotedForAnotherJarIsMadeAgain() throws Exception {
    assertThat(run(List.of(), "rules").code).isZero();
    Path archive = archives(installed.resolve("lib")).get(0);
    Path note = archive.resolveSibling(archive.getFileName() + ".for");
    assertThat(Files.readString(note).strip()).isEqualTo(installed.resolve("lib/vmdp.jar").toRealPath().toString());

    // The folder moved: JDK 17 would ignore the archive without a word; the launcher makes it again.
    Path moved = Files.createDirectories(dir.resolve("moved"));
    Files.move(installed, moved.resolve(installed.getFileName()));
    installed = moved.resolve(installed.getFileName());
    Run after = run(List.of("VMDP_JAVA_OPTS=-Xlog:class+load=info"), "rules");
    assertThat(after.code).as(after.err).isZero();
    assertThat(after.out).contains("source: shared objects file");
    Path movedNote = installed.resolve("lib").resolve(note.getFileName());
    Path jar = installed.resolve("lib/vmdp.jar");
    assertThat(Files.readString(movedNote).strip()).isEqualTo(jar.toRealPath().toString());

    // Another jar at the same path (a new version unzipped over the old one), older than the archive.
    FileTime other = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
    Files.setLastModifiedTime(jar, other);
    Run replaced = run(List.of("VMDP_JAVA_OPTS=-Xlog:class+load=info"), "rules");
    assertThat(replaced.code).as(replaced.err).isZero();
    assertThat(replaced.out).contains("source: shared objects file");
    assertThat(Files.getLastModifiedTime(movedNote)).isEqualTo(other);
  }

  @Test
  void makesItsArchiveInTheUsersCacheWhenTheInstallationIsReadOnly() throws Exception {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
    Path lib = installed.resolve("lib");
    lib.toFile().setWritable(false);
    try {
      Run rules = run(List.of(), "rules");
      assertThat(rules.code).as(rules.err).isZero();
      assertThat(archives(lib)).isEmpty();
      try (Stream<Path> s = Files.walk(home.resolve(".cache/vmdp"))) {
        assertThat(s.filter(p -> p.getFileName().toString().endsWith(".jsa")).count()).isEqualTo(1);
      }
    } finally {
      lib.toFile().setWritable(true);
    }
  }

  private record Run(int code, String out, String err) {}

  private Run run(List<String> env, String... args) throws Exception {
    return runCommand(env, installed.resolve("bin/vmdp").toString(), args);
  }

  private Run runCommand(List<String> env, String launcher, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    Map<String, String> environment = pb.environment();
    environment.clear();
    environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    environment.put("HOME", home.toString());
    for (String e : env) {
      environment.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
    }
    Process p = pb.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static List<Path> archives(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
    }
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }
}
