package dev.vmdp.console.shell;

/** {@code /exit}: ends the console. */
final class ExitCommand implements ConsoleCommand {
  @Override
  public String name() {
    return "/exit";
  }

  @Override
  public String usage() {
    return "/exit";
  }

  @Override
  public String summary() {
    return "leave the console (Ctrl-D does the same); with unsaved changes it warns first, a second /exit leaves";
  }

  @Override
  public void run(String arguments, ConsoleContext context) {
    context.requestExit();
  }
}
