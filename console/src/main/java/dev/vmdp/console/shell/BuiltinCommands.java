package dev.vmdp.console.shell;

import java.util.List;

/**
 * The console commands every console has, in {@code /help} order. A new command is one small
 * class implementing {@link ConsoleCommand}, added to {@link #all()}.
 */
final class BuiltinCommands {
  private BuiltinCommands() {}

  /** The built-in commands. */
  static List<ConsoleCommand> all() {
    List<ConsoleCommand> all = new java.util.ArrayList<>(
        List.of(new HelpCommand(), new VarsCommand(), new LoadCommand(), new ExitCommand()));
    all.addAll(WorkspaceCommands.create());
    return List.copyOf(all);
  }
}
