package dev.vmdp.console.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jdk.jshell.JShell;

/**
 * What a {@link ConsoleCommand} can do with its session.
 *
 * <pre>{@code
 * context.evaluate("var rhel3 = Path.of(\"rhel3.vmx\");");
 * context.out().println("bound rhel3");
 * }</pre>
 */
public sealed interface ConsoleContext permits Session {

  /**
   * Where the command writes what the user reads.
   *
   * @return the console output
   */
  PrintWriter out();

  /**
   * Evaluates Java source as if the user had typed it (one or more snippets), printing the same
   * feedback.
   *
   * @param source the snippets
   * @return true when every snippet succeeded; false after the first failure, which was printed
   */
  boolean evaluate(String source);

  /**
   * Runs a script file in this session, snippet by snippet, stopping at the first failure.
   *
   * @param script the script
   * @throws dev.vmdp.model.VmdpException when the file cannot be read or a snippet fails, with
   *     the script's file and line
   */
  void load(Path script);

  /**
   * The folder relative file arguments are resolved against.
   *
   * @return the working directory
   */
  Path workingDirectory();

  /**
   * Resolves a file argument as typed (with {@code ~/} for the home folder).
   *
   * @param argument the argument (never null)
   * @return the path, absolute when the argument was relative
   */
  Path resolve(String argument);

  /**
   * The session's JShell engine (for example to list variables), waiting for its start.
   *
   * @return the engine
   */
  JShell shell();

  /**
   * Every command of this console, in {@code /help} order.
   *
   * @return the commands
   */
  List<ConsoleCommand> commands();

  /**
   * The live value of a snippet variable (snippets run in this JVM, so this is the object
   * itself, not its printed form).
   *
   * @param variable the variable name
   * @return the value; empty when no active variable has that name or its value is null
   */
  Optional<Object> valueOf(String variable);

  /**
   * Declares (or replaces) a snippet variable holding an object the command created, for example
   * a workspace opened by {@code /open}.
   *
   * @param variable the variable name, a Java identifier
   * @param typeName the declared type as the user should see it, resolvable with the session's
   *     imports or fully qualified (for example {@code "Workspace"})
   * @param value the value (may be null)
   * @throws dev.vmdp.model.VmdpException when the declaration does not compile (an unknown type,
   *     a bad name) or the value is not of that type
   */
  void define(String variable, String typeName, Object value);

  /** Ends the session after the current command. */
  void requestExit();
}
