package dev.vmdp.console;

import dev.vmdp.model.VmdpException;
import dev.vmdp.report.Printable;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures of any subcommand become exit codes and stderr lines: a user
 * error is one line, never a stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  private final UnaryOperator<String> env;

  ErrorHandler(UnaryOperator<String> env) {
    this.env = env;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    return report(e, commandLine.getErr());
  }

  /** Prints a failure as one line (a stack trace only with {@code VMDP_DEBUG}); returns the exit code. */
  int report(Exception e, PrintWriter err) {
    // Messages quote file names and content: control characters are shown, never sent to the terminal.
    if (e instanceof VmdpException) {
      err.println(Printable.of(e.getMessage()));
    } else if (e instanceof UncheckedIOException io) {
      err.println("vmdp: " + Printable.of(io.getMessage()));
    } else {
      err.println("vmdp: internal error: " + Printable.of(e.toString()));
      String debug = env.apply("VMDP_DEBUG");
      if (debug != null && !debug.isEmpty()) {
        e.printStackTrace(err);
      } else {
        err.println("vmdp: set VMDP_DEBUG=1 to see the stack trace");
      }
    }
    err.flush();
    return ExitCode.USAGE;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("vmdp: " + Printable.lines(e.getMessage()));
    String command = commandLine.getCommandSpec().qualifiedName();
    err.println("Try '" + command + " --help' for usage.");
    err.flush();
    return ExitCode.USAGE;
  }
}
