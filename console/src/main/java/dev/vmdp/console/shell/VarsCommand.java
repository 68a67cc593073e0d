package dev.vmdp.console.shell;

import jdk.jshell.JShell;
import jdk.jshell.VarSnippet;

/** {@code /vars}: the variables of the session with their types and values. */
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
        .peek(v -> context.out().println("  " + v.typeName() + " " + v.name() + " = " + value(shell, v)))
        .count();
    if (count == 0) {
      context.out().println("no variables");
    }
  }

  private static String value(JShell shell, VarSnippet variable) {
    try {
      return shell.varValue(variable);
    } catch (IllegalStateException e) {
      return "(not initialized)";
    }
  }
}
