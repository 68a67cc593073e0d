package dev.vmdp.console;

import dev.vmdp.io.CurrentInput;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code vmdp} says when the JVM runs out of heap: one line that names the input being read
 * (else the command) and the {@code VMDP_JAVA_OPTS} that give twice the heap, at least 2 GiB; exit
 * code 2, never a stack trace.
 *
 * <pre>
 * vmdp: out of memory while reading fleet/ds12/vm-01234/vm-01234.vmx; give more heap: VMDP_JAVA_OPTS="-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
 * </pre>
 *
 * <p>{@code VMDP_JAVA_OPTS} replaces the launcher's JVM flags, so the advice repeats the flags this
 * JVM was started with, other than its heap size and class-data sharing.
 */
final class OutOfMemory {
  private static final long GIB = 1L << 30;
  /** The longest command shown when no input was being read. */
  private static final int MAX_COMMAND = 120;

  private OutOfMemory() {}

  /**
   * Prints the line. By now the stack of the failed command is gone, and with it what it held.
   *
   * @param args the command line
   * @param err standard error
   * @return {@link ExitCode#USAGE}
   */
  static int report(String[] args, PrintStream err) {
    List<String> reading = new ArrayList<>(CurrentInput.takeUnfinished());
    reading.removeIf(String::isEmpty);
    String where;
    if (!reading.isEmpty()) {
      where = "reading " + reading.get(0);
    } else {
      String command = "vmdp " + String.join(" ", args);
      where = "running '" + (command.length() > MAX_COMMAND ? command.substring(0, MAX_COMMAND) + "...'" : command + "'");
    }
    err.println("vmdp: out of memory while " + where + "; give more heap: VMDP_JAVA_OPTS=\"" + advice() + "\"");
    err.flush();
    return ExitCode.USAGE;
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

  /** The {@code -XX:} flags of this JVM other than heap sizing, dumps and class-data sharing. */
  private static List<String> tuningFlags() {
    List<String> out = new ArrayList<>();
    try {
      for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        String lower = arg.toLowerCase(Locale.ROOT);
        if (arg.startsWith("-XX:") && !lower.contains("heap") && !lower.contains("ram") && !lower.contains("shared")
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
