package dev.vmdp.console.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The interactive vmdp console: JShell snippets with the SDK imported, JLine line editing,
 * history, completion and console commands.
 *
 * <pre>{@code
 * int exitCode = Console.builder().build().run();          // the user's terminal
 * Console.builder()                                        // scripted, as the tests do
 *     .streams(new ByteArrayInputStream("1 + 1\n/exit\n".getBytes(UTF_8)), output)
 *     .historyFile(tempDir.resolve("history"))
 *     .build().run();
 * }</pre>
 *
 * <p>Without a terminal (piped input, CI) or with {@link Builder#streams}, the console runs on a
 * dumb terminal, without JLine warnings. The history file is {@code ~/.vmdp_history}, or the
 * system property {@code vmdp.history}, or the environment variable {@code VMDP_HISTORY}.
 */
public final class Console {
  /** The prompt. */
  public static final String PROMPT = "vmdp> ";
  /** The prompt of a continuation line of an unfinished snippet. */
  public static final String CONTINUATION_PROMPT = "  ...> ";
  /** The first line the console prints. */
  public static final String BANNER =
      "vmdp console: Java snippets with the vmdp SDK imported. Type /help for help, /exit to leave.";

  private final InputStream in;
  private final OutputStream out;
  private final Path historyFile;
  private final List<ConsoleCommand> commands;
  private final String classPath;
  private final Path workingDirectory;

  private Console(Builder b) {
    this.in = b.in;
    this.out = b.out;
    this.historyFile = b.historyFile != null ? b.historyFile : defaultHistoryFile();
    this.commands = List.copyOf(b.commands);
    this.classPath = b.classPath != null ? b.classPath : System.getProperty("java.class.path", "");
    this.workingDirectory = b.workingDirectory != null ? b.workingDirectory : Path.of("");
  }

  /**
   * A new builder: system terminal, default history file, the built-in commands.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The history file when none is set: the system property {@code vmdp.history}, else the
   * environment variable {@code VMDP_HISTORY}, else {@code .vmdp_history} in the user's home.
   *
   * @return the path
   */
  public static Path defaultHistoryFile() {
    String property = System.getProperty("vmdp.history");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv("VMDP_HISTORY");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".vmdp_history");
  }

  /**
   * Runs the console until {@code /exit} or end of input (Ctrl-D). With unsaved changes it warns
   * first and goes on; a second {@code /exit} or Ctrl-D leaves.
   *
   * @return the exit code, 0
   * @throws UncheckedIOException when the terminal cannot be opened
   */
  public int run() {
    try (Terminal terminal = openTerminal()) {
      return run(terminal);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
    }
  }

  private Terminal openTerminal() throws IOException {
    if (in != null) {
      // Built directly: the builder would put a pseudo-terminal between the streams and JLine.
      return new DumbTerminal("vmdp", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
    }
    // dumb(true): fall back to a dumb terminal without a warning when stdin is not a terminal.
    return TerminalBuilder.builder().name("vmdp").system(true).dumb(true).build();
  }

  private int run(Terminal terminal) {
    PrintStream snippetOut = new PrintStream(terminal.output(), true, terminal.encoding());
    try (Evaluator evaluator = new Evaluator(classPath, StartupImports.IMPORTS)) {
      Session session = new Session(evaluator, terminal.writer(), snippetOut, commands, workingDirectory);
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("vmdp")
          .parser(new ConsoleParser(session))
          .completer(new ConsoleCompleter(session))
          .highlighter(new ConsoleHighlighter())
          .variable(LineReader.HISTORY_FILE, historyFile)
          .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .build();
      // A dumb terminal's key map inserts Tab literally; complete instead, as on a real terminal.
      reader.getKeyMaps().get(LineReader.DUMB).bind(new Reference(LineReader.COMPLETE_WORD), "\t");
      terminal.handle(Terminal.Signal.INT, signal -> evaluator.stop());
      ExitWatch watch = ExitWatch.start(terminal);
      try {
        terminal.writer().println(BANNER);
        terminal.flush();
        boolean warned = false;
        while (true) {
          if (session.exitRequested()) {
            if (mayLeave(session, terminal, warned)) {
              break;
            }
            warned = true;
            session.cancelExit();
          }
          String line;
          try {
            line = reader.readLine(PROMPT);
          } catch (UserInterruptException e) {
            continue; // Ctrl-C at the prompt drops the line
          } catch (EndOfFileException e) {
            // Ctrl-D or end of input: leave, unless that would drop unsaved work without a word.
            if (mayLeave(session, terminal, warned)) {
              break;
            }
            warned = true;
            continue;
          }
          session.process(line);
          terminal.flush();
        }
      } finally {
        watch.stop();
        saveHistory(reader);
      }
      terminal.flush();
      return 0;
    }
  }

  /**
   * Whether the console may end now: yes when nothing would be lost, or when the user was warned
   * and asks again (saying what is left unsaved); else it warns and the session goes on.
   */
  private static boolean mayLeave(Session session, Terminal terminal, boolean warned) {
    Optional<String> unsaved = session.unsavedWork();
    if (unsaved.isEmpty()) {
      return true;
    }
    if (warned) {
      terminal.writer().println("left without saving: " + unsaved.get());
      terminal.flush();
      return true;
    }
    terminal.writer().println("unsaved changes: " + unsaved.get() + ". /save keeps them, /diff shows them; "
        + "/exit or Ctrl-D again leaves without saving.");
    terminal.flush();
    return false;
  }

  private static void saveHistory(LineReader reader) {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      reader.getTerminal().writer().println("vmdp: cannot save the history: " + e.getMessage());
    }
  }

  /** Builds a {@link Console}. */
  public static final class Builder {
    private InputStream in;
    private OutputStream out;
    private Path historyFile;
    private final List<ConsoleCommand> commands = new ArrayList<>(BuiltinCommands.all());
    private String classPath;
    private Path workingDirectory;

    private Builder() {}

    /**
     * Runs on a dumb terminal over these streams instead of the system terminal.
     *
     * @param input what the user types
     * @param output where the console writes (prompts, echo, results, snippet output)
     * @return this builder
     */
    public Builder streams(InputStream input, OutputStream output) {
      this.in = input;
      this.out = output;
      return this;
    }

    /**
     * Keeps the history in this file instead of {@link #defaultHistoryFile()}.
     *
     * @param file the history file (created when missing)
     * @return this builder
     */
    public Builder historyFile(Path file) {
      this.historyFile = file;
      return this;
    }

    /**
     * Adds a console command after the built-in ones.
     *
     * @param command the command; its name must not be taken yet
     * @return this builder
     * @throws IllegalArgumentException when a command of that name exists
     */
    public Builder command(ConsoleCommand command) {
      if (commands.stream().anyMatch(c -> c.name().equals(command.name()))) {
        throw new IllegalArgumentException("console command " + command.name() + " is already registered");
      }
      commands.add(command);
      return this;
    }

    /**
     * Sets the class path of snippets instead of the running program's {@code java.class.path}.
     *
     * @param classPath entries separated by the platform's path separator
     * @return this builder
     */
    public Builder classPath(String classPath) {
      this.classPath = classPath;
      return this;
    }

    /**
     * Sets the folder command arguments are resolved against instead of the current directory.
     *
     * @param folder the working directory
     * @return this builder
     */
    public Builder workingDirectory(Path folder) {
      this.workingDirectory = folder;
      return this;
    }

    /**
     * Builds the console; nothing starts before {@link Console#run()}.
     *
     * @return the console
     */
    public Console build() {
      return new Console(this);
    }
  }
}
