package dev.vmdp.console.shell;

import dev.vmdp.model.VmdpException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * The JShell engine of a session: created in the background (so the prompt appears at once),
 * in-process, with the class path of the running program and the {@link StartupImports}.
 */
final class Evaluator implements AutoCloseable {

  /** What evaluating one snippet produced. */
  record Outcome(boolean ok, List<String> feedback, String error, int errorLine, int errorColumn) {
    static Outcome success(List<String> feedback) {
      return new Outcome(true, feedback, null, 0, 0);
    }

    static Outcome failure(String error, int line, int column) {
      return new Outcome(false, List.of(), error, line, column);
    }
  }

  private final CompletableFuture<JShell> shell;
  private final List<String> activeImports = new ArrayList<>();
  private volatile boolean running;
  private volatile boolean stopped;

  /**
   * Starts creating the engine on a background thread.
   *
   * @param classPath the class path given to the compiler and the runtime
   * @param imports the startup imports
   */
  Evaluator(String classPath, List<String> imports) {
    CompletableFuture<JShell> future = new CompletableFuture<>();
    Thread warmUp = new Thread(() -> {
      try {
        future.complete(create(classPath, imports));
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
      }
    }, "vmdp-jshell-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    this.shell = future;
  }

  private JShell create(String classPath, List<String> imports) {
    JShell jshell = JShell.builder()
        .executionEngine(new GuardedExecutionControlProvider(), null)
        .build();
    if (!classPath.isEmpty()) {
      jshell.addToClasspath(classPath);
    }
    for (String declaration : imports) {
      boolean valid = jshell.eval(declaration).stream()
          .allMatch(e -> e.status() == Snippet.Status.VALID);
      if (valid) {
        synchronized (activeImports) {
          activeImports.add(declaration);
        }
      }
    }
    // Warm the compiler's completion path too, so the first Tab is quick.
    jshell.sourceCodeAnalysis().completionSuggestions("Str", 3, new int[1]);
    return jshell;
  }

  /** The engine, waiting for the background start when it is not ready yet. */
  JShell shell() {
    try {
      return shell.join();
    } catch (CompletionException e) {
      throw new VmdpException("the Java engine (JShell) could not start: " + e.getCause(), e.getCause());
    }
  }

  /** JShell's source analysis (completeness, completion). */
  SourceCodeAnalysis analysis() {
    return shell().sourceCodeAnalysis();
  }

  /** The startup imports that took effect. */
  List<String> activeImports() {
    shell();
    synchronized (activeImports) {
      return List.copyOf(activeImports);
    }
  }

  /** Stops the running snippet, if any; its evaluation then fails with "stopped". */
  void stop() {
    if (running && shell.isDone() && !shell.isCompletedExceptionally()) {
      stopped = true;
      shell.join().stop();
    }
  }

  /**
   * Evaluates one complete snippet; the snippet's own output goes to {@code snippetOut}.
   *
   * @param source one complete snippet
   * @param snippetOut where {@code System.out} and {@code System.err} of the snippet go
   * @return the feedback lines on success, or the error and its 1-based line within the snippet
   */
  Outcome eval(String source, PrintStream snippetOut) {
    JShell jshell = shell();
    List<SnippetEvent> events;
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(snippetOut);
    System.setErr(snippetOut);
    stopped = false;
    running = true;
    try {
      events = jshell.eval(source);
    } finally {
      running = false;
      snippetOut.flush();
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    if (stopped) {
      return Outcome.failure("stopped (Ctrl-C)", 1, 0);
    }
    List<String> feedback = new ArrayList<>();
    for (SnippetEvent event : events) {
      if (event.causeSnippet() != null) {
        continue; // an update of a dependent snippet, not this snippet's result
      }
      Snippet snippet = event.snippet();
      if (event.status() == Snippet.Status.REJECTED) {
        return rejected(jshell, snippet, source);
      }
      if (event.exception() != null) {
        return thrown(event.exception(), snippet, jshell);
      }
      describe(jshell, event, feedback);
    }
    return Outcome.success(feedback);
  }

  private static Outcome rejected(JShell jshell, Snippet snippet, String source) {
    List<Diag> diagnostics = jshell.diagnostics(snippet).collect(Collectors.toList());
    Diag diag = diagnostics.stream().filter(Diag::isError).findFirst()
        .orElse(diagnostics.isEmpty() ? null : diagnostics.get(0));
    if (diag == null) {
      return Outcome.failure("the snippet was rejected", 1, 0);
    }
    String message = diag.getMessage(Locale.ROOT).lines().findFirst().orElse("error");
    long position = diag.getStartPosition() >= 0 ? diag.getStartPosition() : diag.getPosition();
    int line = 1;
    int column = 1;
    String text = snippet.source() != null ? snippet.source() : source;
    for (int i = 0; i < Math.min(position, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return Outcome.failure(message, line, position >= 0 ? column : 0);
  }

  private static Outcome thrown(JShellException exception, Snippet snippet, JShell jshell) {
    int line = 1;
    for (StackTraceElement frame : exception.getStackTrace()) {
      if (("#" + snippet.id()).equals(frame.getFileName()) && frame.getLineNumber() > 0) {
        line = frame.getLineNumber();
        break;
      }
    }
    if (exception instanceof UnresolvedReferenceException unresolved) {
      DeclarationSnippet declaration = unresolved.getSnippet();
      String missing = String.join(", ", jshell.unresolvedDependencies(declaration).collect(Collectors.toList()));
      return Outcome.failure(declaration.name() + " cannot be used until " + missing + " is declared", line, 0);
    }
    return Outcome.failure(describe(exception), line, 0);
  }

  /** The one-line form of a snippet exception: the message, with the exception's simple name. */
  static String describe(JShellException exception) {
    // Helpful NullPointerException messages name JShell's wrapper classes: drop them.
    String message = exception.getMessage() == null ? null
        : exception.getMessage().replaceAll("REPL\\.\\$JShell\\$\\d+[A-Z]?\\.", "");
    if (exception instanceof EvalException eval) {
      String className = eval.getExceptionClassName();
      if (message != null && message.contains(ExitGuard.REFUSED_NAME)) {
        return "System.exit, Runtime.exit and Runtime.halt are disabled in the console: use /exit";
      }
      if (className.startsWith("dev.vmdp.") && message != null) {
        return message;
      }
      String simple = className.substring(className.lastIndexOf('.') + 1);
      return message == null ? simple : simple + ": " + message;
    }
    return message == null ? exception.getClass().getSimpleName() : message;
  }

  private static void describe(JShell jshell, SnippetEvent event, List<String> feedback) {
    Snippet snippet = event.snippet();
    boolean replaced = event.previousStatus() != Snippet.Status.NONEXISTENT;
    if (snippet instanceof VarSnippet variable) {
      if (event.value() != null) {
        feedback.add(variable.name() + " ==> " + event.value());
      }
    } else if (snippet instanceof ExpressionSnippet expression && event.value() != null) {
      feedback.add(expression.name() + " ==> " + event.value());
    } else if (snippet instanceof MethodSnippet method) {
      feedback.add((replaced ? "modified method " : "created method ") + method.name() + "(" + method.parameterTypes() + ")"
          + unresolved(jshell, method));
    } else if (snippet instanceof TypeDeclSnippet type) {
      feedback.add((replaced ? "modified " : "created ") + kindName(type) + " " + type.name() + unresolved(jshell, type));
    }
  }

  private static String kindName(TypeDeclSnippet type) {
    return switch (type.subKind()) {
      case INTERFACE_SUBKIND -> "interface";
      case ENUM_SUBKIND -> "enum";
      case ANNOTATION_TYPE_SUBKIND -> "annotation interface";
      case RECORD_SUBKIND -> "record";
      default -> "class";
    };
  }

  private static String unresolved(JShell jshell, DeclarationSnippet declaration) {
    List<String> missing = jshell.unresolvedDependencies(declaration).collect(Collectors.toList());
    return missing.isEmpty() ? "" : ", which cannot be used until " + String.join(", ", missing) + " is declared";
  }

  @Override
  @SuppressWarnings("FutureReturnValueIgnored") // a shell still starting is closed once up; nobody waits for that
  public void close() {
    if (shell.isDone() && !shell.isCompletedExceptionally()) {
      shell.join().close();
    } else {
      shell.thenAccept(JShell::close);
    }
  }
}
