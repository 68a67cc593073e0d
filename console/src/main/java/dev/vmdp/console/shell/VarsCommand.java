package dev.vmdp.console.shell;

import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.report.Printable;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.VarSnippet;

/**
 * {@code /vars}: the variables of the session with their types and what they hold: JShell's form
 * of the value, except for the SDK's documents, which say which VM they are ({@code vm RHEL3,
 * rhel3.vmx, 66 lines}); a {@code Workspace} lists its files and what is unsaved.
 */
final class VarsCommand implements ConsoleCommand {
  @Override
  public String name() {
    return "/vars";
  }

  @Override
  public String usage() {
    return "/vars";
  }

  @Override
  public String summary() {
    return "list the variables with their types and values";
  }

  @Override
  public void run(String arguments, ConsoleContext context) {
    JShell shell = context.shell();
    long count = shell.variables()
        .filter(v -> shell.status(v).isActive())
        .peek(v -> context.out().println("  " + v.typeName() + " " + v.name() + " = "
            + Printable.of(describe(context, v).orElseGet(() -> value(shell, v)))))
        .count();
    if (count == 0) {
      context.out().println("no variables");
    }
  }

  /** What a variable holds, told in the SDK's terms, for the types whose printed form says too little. */
  private static Optional<String> describe(ConsoleContext context, VarSnippet variable) {
    if (!variable.typeName().endsWith("VmxDocument")) {
      return Optional.empty();
    }
    return context.valueOf(variable.name()).filter(VmxDocument.class::isInstance).map(VmxDocument.class::cast)
        .map(d -> "vm " + VmxBinding.read(d).name() + ", " + d.fileName() + ", " + d.lineCount() + " lines");
  }

  private static String value(JShell shell, VarSnippet variable) {
    try {
      return shell.varValue(variable);
    } catch (IllegalStateException e) {
      return "(not initialized)";
    }
  }
}
