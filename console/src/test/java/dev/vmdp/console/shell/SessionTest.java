package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.PciAddress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionTest {
  private static Evaluator evaluator;
  private static Session session;
  private static final StringWriter OUT = new StringWriter();

  @BeforeAll
  static void start() {
    evaluator = new Evaluator(System.getProperty("java.class.path"), StartupImports.IMPORTS);
    session = new Session(evaluator, new PrintWriter(OUT, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), BuiltinCommands.all(), Path.of(""));
  }

  @AfterAll
  static void stop() {
    evaluator.close();
  }

  @Test
  void runsPastedSnippetsAndCommandsInOrder() {
    OUT.getBuffer().setLength(0);
    assertThat(session.process("int pasted = 41;\n/vars\npasted + 1")).isTrue();
    assertThat(OUT.toString())
        .doesNotContain("dropped")
        .contains("int pasted = 41")
        .contains("==> 42");
  }

  @Test
  void readsTheLiveValueOfASnippetVariable() {
    assertThat(session.evaluate("java.util.List<String> hosts = new java.util.ArrayList<>(java.util.List.of(\"esx01\"));"))
        .as(OUT.toString())
        .isTrue();
    Object hosts = session.valueOf("hosts").orElseThrow();
    assertThat(hosts).isInstanceOf(ArrayList.class).isEqualTo(List.of("esx01"));
    assertThat(session.valueOf("noSuchVariable")).isEmpty();
  }

  @Test
  void definesAVariableHoldingAnObjectOfTheCommand() {
    session.define("nic", "PciAddress", PciAddress.parse("0000:03:00.0"));
    assertThat(session.evaluate("String shown = nic.toString();")).isTrue();
    assertThat(session.valueOf("shown")).contains("0000:03:00.0");
  }

  @Test
  void refusesADefinitionThatDoesNotCompile() {
    assertThatThrownBy(() -> session.define("x", "NoSuchType", "value"))
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith("cannot define x as NoSuchType: ");
    assertThatThrownBy(() -> session.define("class", "String", "value"))
        .isInstanceOf(VmdpException.class)
        .hasMessage("not a Java variable name: 'class'");
  }

  @Test
  void refusesAValueOfTheWrongType() {
    assertThatThrownBy(() -> session.define("n", "Integer", "not a number"))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("ClassCastException");
  }
}
