package dev.vmdp.console.shell;

/** {@code /help}: the console commands and how snippets work. */
final class HelpCommand implements ConsoleCommand {
  @Override
  public String name() {
    return "/help";
  }

  @Override
  public String usage() {
    return "/help";
  }

  @Override
  public String summary() {
    return "list the console commands";
  }

  @Override
  public void run(String arguments, ConsoleContext context) {
    int width = context.commands().stream().mapToInt(c -> c.usage().length()).max().orElse(0);
    context.out().println("Type Java (JShell snippets) or a command:");
    for (ConsoleCommand command : context.commands()) {
      context.out().printf("  %-" + width + "s  %s%n", command.usage(), command.summary());
    }
    context.out().println("Tab completes, Ctrl-C stops a running snippet, Ctrl-D exits.");
  }
}
