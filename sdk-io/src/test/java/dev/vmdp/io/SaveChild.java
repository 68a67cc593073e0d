package dev.vmdp.io;

import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The other process of the tests that need one (started by {@link ChildJvm}); it answers on
 * standard output, one line per event.
 *
 * <ul>
 *   <li>{@code rounds FILE KEY}: on {@code read N} reads FILE and sets KEY to N in memory and
 *       answers {@code ready}; on {@code save} saves and answers {@code saved} or {@code refused
 *       MESSAGE}; ends on {@code exit}.
 *   <li>{@code pause FILE}: saves FILE with new bytes, answering {@code window} once its temporary
 *       file is written and then waiting there for a {@code go} line; answers {@code saved} or
 *       {@code refused MESSAGE}.
 *   <li>{@code loop FILE}: saves {@link #content} 'a' and 'b' in turn, forever, answering
 *       {@code started} after the first save (the test kills it).
 *   <li>{@code listed DIR SUFFIX}: answers {@code jnu CHARSET}, then saves the one file of DIR whose
 *       name ends with SUFFIX, found by listing DIR (its name may not be expressible as text), and
 *       answers {@code saved}, {@code refused MESSAGE} or {@code failed EXCEPTION}.
 *   <li>{@code save FILE}: saves FILE with new bytes once and answers as {@code listed} does.
 *   <li>{@code quick FILE}: a forced save that waits at most 300 ms for the save lock; answers as
 *       {@code save} does.
 *   <li>{@code hello}: answers {@code hello} (can the child run at all, as another user?).
 * </ul>
 */
final class SaveChild {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private SaveChild() {}

  /** Distinct, large contents for the kill test: about {@code kib} KiB of lines of {@code c}. */
  static byte[] content(char c, int kib) {
    byte[] line = ("key." + c + " = \"" + String.valueOf(c).repeat(48) + "\"\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[kib * 1024 / line.length * line.length];
    for (int i = 0; i < all.length; i += line.length) {
      System.arraycopy(line, 0, all, i, line.length);
    }
    return all;
  }

  static final byte[] NEW_BYTES = "memsize = \"2048\"\n".getBytes(StandardCharsets.US_ASCII);

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    switch (args[0]) {
      case "rounds" -> rounds(Path.of(args[1]), args[2], in);
      case "pause" -> pause(Path.of(args[1]), in);
      case "loop" -> loop(Path.of(args[1]));
      case "listed" -> {
        OUT.println("jnu " + System.getProperty("sun.jnu.encoding"));
        once(listed(Path.of(args[1]), args[2]));
      }
      case "save" -> once(Path.of(args[1]));
      case "hello" -> OUT.println("hello");
      case "quick" -> {
        try {
          new SafeWriter(temp -> { }, Duration.ofMillis(300)).write(Path.of(args[1]), NEW_BYTES,
              FileSnapshot.read(Path.of(args[1])), SaveOptions.defaults().withForce(true));
          OUT.println("saved");
        } catch (VmdpException e) {
          OUT.println("refused " + e.getMessage());
        }
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void rounds(Path file, String key, BufferedReader in) throws IOException {
    FileSnapshot snapshot = null;
    byte[] edited = null;
    for (String line = in.readLine(); line != null && !line.equals("exit"); line = in.readLine()) {
      if (line.startsWith("read ")) {
        snapshot = FileSnapshot.read(file);
        edited = VmxDocument.parse(snapshot).set(key, line.substring(5)).toBytes();
        OUT.println("ready");
      } else if (line.equals("save")) {
        try {
          SafeWriter.save(file, edited, snapshot, SaveOptions.defaults());
          OUT.println("saved");
        } catch (VmdpException e) {
          OUT.println("refused " + e.getMessage());
        }
      }
    }
  }

  private static void pause(Path file, BufferedReader in) {
    FileSnapshot snapshot = FileSnapshot.read(file);
    SafeWriter pausing = new SafeWriter(temp -> {
      OUT.println("window");
      String go = in.readLine();
      if (!"go".equals(go)) {
        throw new IOException("expected go, got " + go);
      }
    }, Duration.ofSeconds(30));
    try {
      pausing.write(file, NEW_BYTES, snapshot, SaveOptions.defaults());
      OUT.println("saved");
    } catch (VmdpException e) {
      OUT.println("refused " + e.getMessage());
    }
  }

  private static void loop(Path file) {
    byte[] a = content('a', 256);
    byte[] b = content('b', 384);
    boolean started = false;
    while (true) {
      FileSnapshot snapshot = FileSnapshot.read(file);
      byte[] next = Arrays.equals(snapshot.bytes(), a) ? b : a;
      SafeWriter.save(file, next, snapshot, SaveOptions.defaults());
      if (!started) {
        OUT.println("started");
        started = true;
      }
    }
  }

  private static Path listed(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Siblings.exactName(p).endsWith(suffix)).reduce((x, y) -> {
        throw new IllegalStateException("two files end with " + suffix + " in " + dir);
      }).orElseThrow();
    }
  }

  private static void once(Path file) {
    try {
      SafeWriter.save(file, NEW_BYTES, FileSnapshot.read(file), SaveOptions.defaults());
      OUT.println("saved");
    } catch (VmdpException e) {
      OUT.println("refused " + e.getMessage());
    } catch (RuntimeException e) {
      OUT.println("failed " + e);
    }
  }
}
