package dev.vmdp.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** What an example printed, and what it returned. */
record Printed<T>(String text, T result) {

  /** Runs the example with a stream that records its output. */
  static <T> Printed<T> run(Function<PrintStream, T> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    T result = example.apply(out);
    out.flush();
    return new Printed<>(bytes.toString(StandardCharsets.UTF_8), result);
  }
}
