package dev.vmdp.console;

import dev.vmdp.io.CurrentInput;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * What {@code vmdp} says when the JVM runs out of heap: one line that names the input being read
 * (else the command) and the {@code VMDP_JAVA_OPTS} that give twice the heap, at least 2 GiB; exit
 * code 2, never a stack trace.
 *
 * <pre>
 * vmdp: out of memory while reading vm-042.vmx; give more heap: VMDP_JAVA_OPTS="-Xmx2g -Xmn24m -XX:+UseSerialGC"
 * </pre>
 *
 * <p>{@code VMDP_JAVA_OPTS} replaces the launcher's JVM flags, so the advice repeats the flags this
 * JVM was started with (its young generation's size, {@code -Xmn}, and its {@code -XX:} flags),
 * other than its heap size and class-data sharing: with more heap, a run is as fast as before.
 */
final class OutOfMemory {
  /** The line when even the report runs out of memory (a constant: printing it allocates next to nothing). */
  static final String LAST_RESORT = "vmdp: out of memory; give more heap: VMDP_JAVA_OPTS=-Xmx2g";
  private static final long GIB = 1L << 30;
  /** Heap kept back while a command runs, and given up to say that memory ran out. */
  private static final int RESERVE_BYTES = 2 << 20;
  private static volatile byte[] reserve;
  /** The longest command shown when no input was being read. */
  private static final int MAX_COMMAND = 120;

  private OutOfMemory() {}

  /** Keeps back the heap {@link #report} gives up before it builds its line; call before a command runs. */
  static void reserve() {
    if (reserve == null) {
      reserve = new byte[RESERVE_BYTES];
    }
  }

  /**
   * Prints the line. By now the stack of the failed command is gone, and with it what it held.
   *
   * @param args the command line
   * @param err standard error
   * @return {@link ExitCode#USAGE}
   */
  static int report(String[] args, PrintStream err) {
    reserve = null;
    String failed = "";
    // The reads still under way hold what they read until they end: until then, even this line
    // may not fit in more than the reserve. Each failed attempt waits for them; the last resort
    // is a constant line.
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        if (attempt > 0) {
          drain();
        }
        if (failed.isEmpty()) {
          failed = CurrentInput.takeFailed().orElse("");
        }
        err.println(line(args, failed));
        err.flush();
        return ExitCode.USAGE;
      } catch (OutOfMemoryError again) {
        pause();
      }
    }
    err.println(LAST_RESORT);
    err.flush();
    return ExitCode.USAGE;
  }

  private static String line(String[] args, String failed) {
    String where;
    if (!failed.isEmpty()) {
      where = "reading " + failed;
    } else {
      String command = "vmdp " + String.join(" ", args);
      where = "running '" + (command.length() > MAX_COMMAND ? command.substring(0, MAX_COMMAND) + "...'" : command + "'");
    }
    return "vmdp: out of memory while " + where + "; give more heap: VMDP_JAVA_OPTS=\"" + advice() + "\"";
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until the common fork-join pool has no more work: a folder's other reads go on after
   * one failed, and hold what they read until they end (or fail too).
   */
  private static void drain() {
    for (int i = 0; i < 20; i++) {
      try {
        if (ForkJoinPool.commonPool().awaitQuiescence(5, TimeUnit.SECONDS)) {
          return;
        }
      } catch (OutOfMemoryError again) {
        // A read this thread helped with failed as well; what it held is free now.
      }
    }
  }

  /** {@code -Xmx} of twice this heap (at least 2g), then the JVM's other tuning flags. */
  static String advice() {
    long max = Runtime.getRuntime().maxMemory();
    long want = Math.max(2 * GIB, Long.highestOneBit(Math.max(1, max)) << 2);
    StringBuilder sb = new StringBuilder("-Xmx");
    sb.append(want % GIB == 0 ? (want / GIB) + "g" : (want >> 20) + "m");
    for (String flag : tuningFlags()) {
      sb.append(' ').append(flag);
    }
    return sb.toString();
  }

  /** The {@code -Xmn} and {@code -XX:} flags of this JVM other than heap sizing, dumps and class-data sharing. */
  private static List<String> tuningFlags() {
    List<String> out = new ArrayList<>();
    try {
      for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        String lower = arg.toLowerCase(Locale.ROOT);
        if (arg.startsWith("-Xmn")) {
          out.add(arg);
        } else if (arg.startsWith("-XX:") && !lower.contains("heap") && !lower.contains("ram") && !lower.contains("shared")
            && !lower.contains("archive") && !lower.contains("classlist") && !lower.contains("outofmemory")) {
          out.add(arg);
        }
      }
    } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
      // Without the management classes the advice is the heap size alone.
    }
    return out;
  }
}
