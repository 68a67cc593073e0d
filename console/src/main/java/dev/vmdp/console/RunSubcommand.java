package dev.vmdp.console;

import dev.vmdp.console.shell.ScriptRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vmdp run SCRIPT.jsh [ARGS...]}: runs a console script. Everything after SCRIPT belongs
 * to the script, options included (the command line stops at the first positional argument).
 */
@Command(addMethodSubcommands = false, name = "run", mixinStandardHelpOptions = true,
    description = "Run a console script; exit 1 on the first failing snippet, printed as SCRIPT:LINE: message.")
final class RunSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCRIPT", description = "the script (.jsh), UTF-8")
  Path script;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments, visible to the script as String[] args")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    Main.Io io = Main.io(spec);
    return ScriptRunner.run(script, args, io.out(), io.err());
  }
}
