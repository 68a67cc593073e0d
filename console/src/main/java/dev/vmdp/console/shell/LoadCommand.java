package dev.vmdp.console.shell;

import dev.vmdp.model.VmdpException;
import java.util.List;

/** {@code /load SCRIPT}: runs a script in this session, stopping at its first failure. */
final class LoadCommand implements ConsoleCommand {
  @Override
  public String name() {
    return "/load";
  }

  @Override
  public String usage() {
    return "/load SCRIPT";
  }

  @Override
  public String summary() {
    return "run a script (.jsh) in this session";
  }

  @Override
  public void run(String arguments, ConsoleContext context) {
    if (arguments.isEmpty()) {
      throw new VmdpException("/load needs a script file: /load SCRIPT");
    }
    context.load(context.resolve(arguments));
  }

  @Override
  public List<String> complete(String partial, ConsoleContext context) {
    return FileNames.complete(partial, context);
  }
}
