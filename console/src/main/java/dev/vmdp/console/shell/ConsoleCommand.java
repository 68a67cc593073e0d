package dev.vmdp.console.shell;

import java.util.List;
import java.util.Optional;

/**
 * A console command such as {@code /vars}: one small class per command, registered with
 * {@link Console.Builder#command(ConsoleCommand)} or in {@link BuiltinCommands}.
 *
 * <pre>{@code
 * final class PwdCommand implements ConsoleCommand {
 *   public String name() { return "/pwd"; }
 *   public String usage() { return "/pwd"; }
 *   public String summary() { return "print the working directory"; }
 *   public void run(String arguments, ConsoleContext context) {
 *     context.out().println(context.workingDirectory());
 *   }
 * }
 * }</pre>
 *
 * <p>A command reports a user error by throwing {@link dev.vmdp.model.VmdpException}: the console
 * prints its message and goes on; {@code vmdp run} stops the script with the line of the command.
 */
public interface ConsoleCommand {

  /**
   * The command as typed, with its slash.
   *
   * @return for example {@code "/load"}
   */
  String name();

  /**
   * The command with its arguments, for {@code /help}.
   *
   * @return for example {@code "/load SCRIPT"}
   */
  String usage();

  /**
   * What the command does, one line without a trailing period.
   *
   * @return the summary shown by {@code /help}
   */
  String summary();

  /**
   * Runs the command.
   *
   * @param arguments the text after the command name, stripped; empty when there is none
   * @param context the session
   */
  void run(String arguments, ConsoleContext context);

  /**
   * Completion candidates for the argument being typed. A candidate ending in {@code /} is a
   * folder: completion continues inside it instead of ending the word.
   *
   * @param partial the argument typed so far (may be empty)
   * @param context the session
   * @return the candidates that start with {@code partial}; none by default
   */
  default List<String> complete(String partial, ConsoleContext context) {
    return List.of();
  }

  /**
   * What leaving the console now would lose, for the warning before exit: for example the files
   * with unsaved changes. The console warns once; a second {@code /exit} or Ctrl-D leaves.
   *
   * @return a short description ({@code rhel3.vmx, passthru.map}); empty when nothing would be lost
   */
  default Optional<String> unsavedWork() {
    return Optional.empty();
  }
}
