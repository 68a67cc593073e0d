package dev.vmdp.console;

import dev.vmdp.console.shell.Console;
import dev.vmdp.report.Tool;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code vmdp} program: the interactive console and the subcommands of DESIGN.md.
 *
 * <pre>{@code
 * java -jar console/target/vmdp.jar run check.jsh rhel3.vmx
 * int code = Main.run("run", "check.jsh", "rhel3.vmx");     // the same, in-process
 * }</pre>
 *
 * <p>A subcommand is a picocli {@code @Command} class listed in {@code SUBCOMMANDS} below; it
 * reaches the program's streams through {@code Main.io(spec)} (with {@code @Spec CommandSpec
 * spec}), returns an {@link ExitCode} from {@code call()}, and reports user errors by throwing
 * {@link dev.vmdp.model.VmdpException}, which the central handler prints as one line with exit
 * code 2. Every {@code @Command} says {@code addMethodSubcommands = false}: no vmdp command is a
 * method, and picocli would otherwise look at every method of every command class on each start.
 */
@Command(
    addMethodSubcommands = false,
    name = "vmdp",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "VMware VMDirectPath I/O (PCI passthrough): read, check and fix .vmx files and host configuration.",
        "Without a command: the interactive console."},
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.USAGE)
public final class Main implements Callable<Integer> {
  /**
   * The subcommands in the order help lists them. Picocli builds a subcommand's model by
   * reflection when it is added, so a run adds only the subcommand it names (all of them for
   * help, usage errors and anything else).
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  /** The commands that describe all the others: help, and the completion script. */
  private static final java.util.Set<String> NEEDS_EVERY_SUBCOMMAND = java.util.Set.of("help", "completion");

  /** picocli's system property: the types (regular expressions) whose built-in converters it skips. */
  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  private final Io io;

  private Main(Io io) {
    this.io = io;
  }

  /**
   * Runs vmdp and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code;
    try {
      code = run(args);
    } catch (OutOfMemoryError e) {
      System.err.println(OutOfMemory.LAST_RESORT);
      code = ExitCode.USAGE;
    }
    System.exit(code);
  }

  /**
   * Runs vmdp on the process's standard streams without exiting the JVM.
   *
   * @param args the command line
   * @return the exit code: 0 success, 1 an ERROR finding, 2 bad usage, unreadable input or out of memory
   */
  public static int run(String... args) {
    return run(System.in, System.out, System.err, System::getenv, args);
  }

  /**
   * Runs vmdp on the given streams without exiting the JVM; the console then runs on a dumb
   * terminal over {@code in} and {@code out}.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param env the environment ({@code VMDP_DEBUG} shows stack traces of internal errors)
   * @param args the command line
   * @return the exit code: 0 success, 1 an ERROR finding, 2 bad usage, unreadable input or out of memory
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, UnaryOperator<String> env,
      String... args) {
    boolean terminal = out == System.out && consoleIsTerminal();
    return run(new Io(in, out, err, env, Path.of(""), terminal), args);
  }

  /**
   * Whether the JVM's console is a terminal. Up to JDK 21 {@code System.console()} is null when a
   * standard stream is redirected; from JDK 22 on it is there anyway and {@code isTerminal()}
   * (which release 17 cannot call directly) tells.
   */
  @SuppressWarnings("SystemConsoleNull") // the null check is for JDK 17 to 21; isTerminal() decides after
  private static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    if (Runtime.version().feature() < 22) {
      return true;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Runs vmdp on the streams, environment and working folder of {@code io}; tests pick them. */
  static int run(Io io, String... args) {
    ErrorHandler handler = new ErrorHandler(io.env());
    if (args.length == 0) {
      // The console, without building picocli's model of every subcommand first (reflection
      // over all of them: a fifth of the time to the prompt).
      try {
        return io.console().run();
      } catch (RuntimeException e) {
        return handler.report(e, new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
      }
    }
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      // picocli registers converters for java.time and java.sql types by reflection, loading and
      // initialising them (java.time's formatters) on every start; no vmdp option has such a type.
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(time|sql)\\..*");
    }
    CommandLine commandLine = new CommandLine(new Main(io));
    Supplier<Object> named = NEEDS_EVERY_SUBCOMMAND.contains(args[0]) ? null : SUBCOMMANDS.get(args[0]);
    if (named != null) {
      commandLine.addSubcommand(named.get());
    } else {
      SUBCOMMANDS.values().forEach(s -> commandLine.addSubcommand(s.get()));
    }
    commandLine.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8))
        .setExecutionExceptionHandler(handler)
        .setParameterExceptionHandler(handler)
        // --format JSON, --severity Warning: option values are read in any case (DESIGN.md).
        .setCaseInsensitiveEnumValuesAllowed(true)
        // An argument is what the user typed: "@notes.txt" is a value, never a file of arguments to read.
        .setExpandAtFiles(false);
    CommandLine run = commandLine.getSubcommands().get("run");
    if (run != null) {
      // Everything after the script belongs to the script, options included.
      run.setStopAtPositional(true);
    }
    try {
      OutOfMemory.reserve();
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      return OutOfMemory.report(args, io.err());
    }
  }

  /** The whole command model, every subcommand added (for the completion script the build makes). */
  static CommandLine fullModel() {
    Io io = new Io(System.in, System.out, System.err, System::getenv, Path.of(""), false);
    CommandLine commandLine = new CommandLine(new Main(io));
    SUBCOMMANDS.values().forEach(s -> commandLine.addSubcommand(s.get()));
    return commandLine;
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("console", ConsoleSubcommand::new);
    all.put("run", RunSubcommand::new);
    all.put("check", CheckSubcommand::new);
    all.put("vmx", VmxSubcommand::new);
    all.put("map", MapSubcommand::new);
    all.put("plan", PlanSubcommand::new);
    all.put("explain", ExplainSubcommand::new);
    all.put("rules", RulesSubcommand::new);
    all.put("example", ExampleSubcommand::new);
    all.put("completion", CompletionSubcommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
  }

  /**
   * What one run works with, reachable from every subcommand through its command spec: the
   * standard streams, the environment ({@code NO_COLOR}, {@code VMDP_DEBUG}), the folder a
   * {@code .vmdp.yaml} is looked for from, and whether standard output is a terminal (colour,
   * and whether file content must be shown escaped).
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param env the environment
   * @param workingDirectory the current folder
   * @param terminal whether standard output is a terminal
   */
  record Io(InputStream in, PrintStream out, PrintStream err, UnaryOperator<String> env, Path workingDirectory,
      boolean terminal) {
    /** The console: the system terminal on the process's own streams, else a dumb one. */
    Console console() {
      Console.Builder builder = Console.builder();
      if (in != System.in || out != System.out) {
        builder.streams(in, out);
      }
      return builder.build();
    }
  }

  /** The streams of the run a subcommand belongs to. */
  static Io io(CommandSpec spec) {
    return ((Main) spec.root().userObject()).io;
  }

  /** Without a command: the interactive console. */
  @Override
  public Integer call() {
    return io.console().run();
  }

  /** The version of this build, the one JSON and SARIF name too. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Tool.NAME + " " + Tool.version()};
    }
  }
}
