package dev.vmdp.console;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vmdp console} (and {@code vmdp} alone): the interactive console. */
@Command(addMethodSubcommands = false, name = "console", mixinStandardHelpOptions = true,
    description = "Interactive console: Java (JShell) with the vmdp SDK imported.")
final class ConsoleSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return Main.io(spec).console().run();
  }
}
