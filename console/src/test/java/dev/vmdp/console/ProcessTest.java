package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real program in its own JVM, with piped stdin: no terminal, no warnings, real exit codes. */
class ProcessTest {
  @TempDir
  Path dir;

  private Process start(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java,
        "-Dvmdp.history=" + dir.resolve("history"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }

  private String read(String name) throws Exception {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void runsTheConsoleOnPipedInputWithoutWarnings() throws Exception {
    Process process = start();
    process.getOutputStream().write("1 + 1\nSystem.exit(7);\n\"still\" + \" here\"\n/exit\n".getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    assertThat(process.waitFor()).isZero();
    assertThat(read("out.txt"))
        .contains("/help")
        .contains("$1 ==> 2")
        .contains("use /exit")
        .contains("\"still here\"");
    assertThat(read("err.txt")).isEmpty();
    assertThat(Files.readString(dir.resolve("history"))).contains("System.exit(7);");
  }

  @Test
  void saysSoWhenASnippetEndsTheJvmThroughReflection() throws Exception {
    Process process = start("console");
    process.getOutputStream().write(
        "Runtime.class.getMethod(\"exit\", int.class).invoke(Runtime.getRuntime(), 5);\n".getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    assertThat(process.waitFor()).isEqualTo(5);
    assertThat(read("out.txt")).contains("vmdp: the console is ending");
  }

  @Test
  void exitsWithOneWhenAScriptFails() throws Exception {
    Files.writeString(dir.resolve("fail.jsh"), "int a = 1;\nObject o = null; o.toString();\n");
    Process process = start("run", "fail.jsh");
    process.getOutputStream().close();
    assertThat(process.waitFor()).isEqualTo(1);
    assertThat(read("err.txt"))
        .isEqualTo("fail.jsh:2: NullPointerException: Cannot invoke \"Object.toString()\" because \"o\" is null\n");
  }
}
