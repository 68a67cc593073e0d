package dev.vmdp.console.shell;

import dev.vmdp.model.VmdpException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a console script ({@code vmdp run SCRIPT.jsh [ARGS...]}): the same startup imports and
 * commands as the console, the arguments in a {@code String[] args} variable, and a stop at the
 * first failing snippet.
 *
 * <pre>{@code
 * int code = ScriptRunner.run(Path.of("check.jsh"), List.of("rhel3.vmx"), System.out, System.err);
 * }</pre>
 */
public final class ScriptRunner {
  private ScriptRunner() {}

  /**
   * Runs the script.
   *
   * @param script the script file, UTF-8
   * @param args the script's arguments, visible as {@code args}
   * @param out where the script's output goes
   * @param err where the failure goes, as {@code SCRIPT:LINE: message}
   * @return 0 when every snippet succeeded (or the script ran {@code /exit}), 1 at the first
   *     failing snippet or command
   * @throws VmdpException when the script cannot be read (the caller's exit code 2)
   */
  public static int run(Path script, List<String> args, PrintStream out, PrintStream err) {
    String text = Session.read(script);
    PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
    try (Evaluator evaluator = new Evaluator(System.getProperty("java.class.path", ""), StartupImports.IMPORTS)) {
      Session session = new Session(evaluator, writer, out, BuiltinCommands.all(), Path.of(""));
      Evaluator.Outcome defined = evaluator.eval(argsDeclaration(args), out);
      if (!defined.ok()) {
        throw new VmdpException("cannot define args: " + defined.error());
      }
      try {
        session.runScript(text, script.toString());
      } catch (VmdpException e) {
        writer.flush();
        err.println(e.getMessage());
        return 1;
      }
      writer.flush();
      return 0;
    }
  }

  /** {@code String[] args = {"a", "b"};} with every argument as a Java string literal. */
  static String argsDeclaration(List<String> args) {
    StringBuilder sb = new StringBuilder("String[] args = {");
    for (int i = 0; i < args.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(literal(args.get(i)));
    }
    return sb.append("};").toString();
  }

  private static String literal(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
