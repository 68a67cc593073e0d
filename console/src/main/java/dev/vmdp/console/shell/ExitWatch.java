package dev.vmdp.console.shell;

import org.jline.terminal.Terminal;

/**
 * The last resort against a console that ends silently: while the console runs, a shutdown hook
 * says why the JVM is going down (a snippet reached {@code System.exit} through reflection or a
 * method handle, which {@link ExitGuard} cannot see, or the process was told to stop).
 */
final class ExitWatch {
  private final Thread hook;

  private ExitWatch(Thread hook) {
    this.hook = hook;
  }

  static ExitWatch start(Terminal terminal) {
    Thread hook = new Thread(() -> {
      terminal.writer().println();
      terminal.writer().println("vmdp: the console is ending: a snippet called System.exit, or the process was stopped");
      terminal.flush();
    }, "vmdp-exit-watch");
    Runtime.getRuntime().addShutdownHook(hook);
    return new ExitWatch(hook);
  }

  void stop() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook runs and says so.
    }
  }
}
