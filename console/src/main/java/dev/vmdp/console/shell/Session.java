package dev.vmdp.console.shell;

import dev.vmdp.console.shell.internal.Handoff;
import dev.vmdp.io.InputLimits;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import jdk.jshell.JShell;

/** The state of one console or script run: the engine, the commands and where output goes. */
final class Session implements ConsoleContext {
  private static final String HANDOFF = Handoff.class.getName();
  private final Evaluator evaluator;
  private final PrintWriter out;
  private final PrintStream snippetOut;
  private final List<ConsoleCommand> commands;
  private final Path workingDirectory;
  private volatile boolean exitRequested;

  Session(Evaluator evaluator, PrintWriter out, PrintStream snippetOut, List<ConsoleCommand> commands,
      Path workingDirectory) {
    this.evaluator = evaluator;
    this.out = out;
    this.snippetOut = snippetOut;
    this.commands = List.copyOf(commands);
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  Evaluator evaluator() {
    return evaluator;
  }

  boolean exitRequested() {
    return exitRequested;
  }

  /** Takes back an exit request, so the session goes on (after the unsaved-work warning). */
  void cancelExit() {
    exitRequested = false;
  }

  /** What leaving now would lose, as the commands describe it; empty when nothing. */
  Optional<String> unsavedWork() {
    List<String> all = new java.util.ArrayList<>();
    for (ConsoleCommand c : commands) {
      c.unsavedWork().ifPresent(all::add);
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", all));
  }

  /**
   * Runs typed input: every snippet and command in it, printing feedback and errors; stops at the
   * first failure.
   */
  boolean process(String input) {
    if (input.isBlank()) {
      return true;
    }
    int lastNewline = input.lastIndexOf('\n');
    String lastLine = input.substring(lastNewline + 1);
    if (lastNewline < 0 && ConsoleParser.isCommandLine(input)) {
      return runCommandInteractively(input.strip()); // without waiting for the engine
    }
    if (lastNewline >= 0 && ConsoleParser.isCommandLine(lastLine)) {
      List<Chunk> before = Chunk.split(input.substring(0, lastNewline), evaluator.analysis());
      if (!before.isEmpty() && before.get(before.size() - 1).kind() == Chunk.Kind.INCOMPLETE) {
        // A command typed at the continuation prompt: drop the unfinished snippet, run the command.
        out.println("error: incomplete snippet dropped: " + firstLine(input));
        return runCommandInteractively(lastLine.strip());
      }
    }
    for (Chunk chunk : Chunk.split(input, evaluator.analysis())) {
      if (exitRequested) {
        return true;
      }
      switch (chunk.kind()) {
        case COMMAND -> {
          if (!runCommandInteractively(chunk.text())) {
            return false;
          }
        }
        case SNIPPET -> {
          if (!evaluateInteractively(chunk.text())) {
            return false;
          }
        }
        default -> {
          out.println("error: incomplete snippet: " + firstLine(chunk.text()));
          out.flush();
          return false;
        }
      }
    }
    return true;
  }

  private boolean runCommandInteractively(String commandLine) {
    try {
      runCommand(commandLine);
      return true;
    } catch (VmdpException e) {
      out.println("error: " + e.getMessage());
      out.flush();
      return false;
    }
  }

  private boolean evaluateInteractively(String source) {
    out.flush();
    Evaluator.Outcome outcome = evaluator.eval(source, snippetOut);
    if (outcome.ok()) {
      outcome.feedback().forEach(out::println);
    } else {
      out.println("error: " + outcome.error());
      if (outcome.errorColumn() > 0) {
        String line = source.lines().skip(outcome.errorLine() - 1L).findFirst().orElse("");
        out.println("    " + line);
        out.println("    " + " ".repeat(Math.max(0, outcome.errorColumn() - 1)) + "^");
      }
    }
    out.flush();
    return outcome.ok();
  }

  /**
   * Runs a script's text without feedback, stopping at the first failure.
   *
   * @throws VmdpException for the first failure, located at {@code fileName} and the line
   */
  void runScript(String text, String fileName) {
    List<String> lines = text.lines().toList();
    for (Chunk chunk : Chunk.split(text, evaluator.analysis())) {
      if (exitRequested) {
        return;
      }
      switch (chunk.kind()) {
        case COMMAND -> {
          try {
            runCommand(chunk.text());
          } catch (VmdpException e) {
            throw located(fileName, chunk.line(), e.getMessage(), lines);
          }
        }
        case SNIPPET -> {
          out.flush();
          Evaluator.Outcome outcome = evaluator.eval(chunk.text(), snippetOut);
          if (!outcome.ok()) {
            throw located(fileName, chunk.line() + outcome.errorLine() - 1, outcome.error(), lines);
          }
        }
        default -> throw located(fileName, chunk.line(), "incomplete snippet at the end of the script", lines);
      }
    }
  }

  private static VmdpException located(String fileName, int line, String message, List<String> lines) {
    String sourceLine = line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    return new VmdpException(SourceRef.of(fileName, line), message, sourceLine, null);
  }

  private void runCommand(String commandLine) {
    int space = commandLine.indexOf(' ');
    String name = space < 0 ? commandLine : commandLine.substring(0, space);
    String arguments = space < 0 ? "" : commandLine.substring(space + 1).strip();
    ConsoleCommand command = command(name);
    if (command == null) {
      throw new VmdpException("unknown command " + name + ": type /help for the list");
    }
    command.run(arguments, this);
    out.flush();
  }

  /** The command with this exact name, or null. */
  ConsoleCommand command(String name) {
    for (ConsoleCommand command : commands) {
      if (command.name().equals(name)) {
        return command;
      }
    }
    return null;
  }

  static String firstLine(String text) {
    return text.lines().findFirst().orElse("").strip();
  }

  @Override
  public PrintWriter out() {
    return out;
  }

  @Override
  public boolean evaluate(String source) {
    for (Chunk chunk : Chunk.split(source, evaluator.analysis())) {
      if (chunk.kind() != Chunk.Kind.SNIPPET) {
        out.println("error: not a complete snippet: " + firstLine(chunk.text()));
        out.flush();
        return false;
      }
      if (!evaluateInteractively(chunk.text())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void load(Path script) {
    runScript(read(script), script.toString());
  }

  /** Reads a script as UTF-8, turning I/O problems into one-line errors naming the file. */
  static String read(Path script) {
    try {
      // Refused by its size before it is read, like every other input (DESIGN.md, input limits).
      InputLimits.defaults().checkFileSize(script.toString(), Files.size(script));
      return Files.readString(script, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new VmdpException(script + ": no such file");
    } catch (MalformedInputException e) {
      throw new VmdpException(script + ": not UTF-8 text");
    } catch (IOException e) {
      throw new VmdpException(script + ": cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public Path workingDirectory() {
    return workingDirectory;
  }

  @Override
  public Path resolve(String argument) {
    if (argument.equals("~") || argument.startsWith("~/")) {
      return Path.of(System.getProperty("user.home")).resolve(argument.substring(1).replaceFirst("^/", ""));
    }
    return workingDirectory.resolve(argument);
  }

  @Override
  public JShell shell() {
    return evaluator.shell();
  }

  @Override
  public List<ConsoleCommand> commands() {
    return commands;
  }

  @Override
  public Optional<Object> valueOf(String variable) {
    JShell shell = evaluator.shell();
    boolean defined = shell.variables()
        .anyMatch(v -> v.name().equals(variable) && shell.status(v).isActive());
    if (!defined || !SourceVersion.isIdentifier(variable)) {
      return Optional.empty();
    }
    Evaluator.Outcome outcome = evaluator.eval(HANDOFF + ".put(" + variable + ");", snippetOut);
    Object value = Handoff.take();
    return outcome.ok() ? Optional.ofNullable(value) : Optional.empty();
  }

  @Override
  public void define(String variable, String typeName, Object value) {
    if (!SourceVersion.isIdentifier(variable) || SourceVersion.isKeyword(variable)) {
      throw new VmdpException("not a Java variable name: '" + variable + "'");
    }
    Handoff.put(value);
    Evaluator.Outcome outcome;
    try {
      outcome = evaluator.eval(typeName + " " + variable + " = (" + typeName + ") " + HANDOFF + ".take();", snippetOut);
    } finally {
      Handoff.take();
    }
    if (!outcome.ok()) {
      throw new VmdpException("cannot define " + variable + " as " + typeName + ": " + outcome.error());
    }
  }

  @Override
  public void requestExit() {
    exitRequested = true;
  }
}
