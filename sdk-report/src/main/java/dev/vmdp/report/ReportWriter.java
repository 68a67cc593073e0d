package dev.vmdp.report;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A report written as it is made, in every {@link ReportFormat}: a fleet check hands it one part
 * per file (in path order) and the part of the checks over every VM last, and nothing of a part is
 * kept once it is written but the counts, the notes and, for SARIF, which rules fired.
 * {@link ReportRenderer} writes a whole report as one part, so both ways give the same text.
 *
 * <pre>{@code
 * ReportWriter w = ReportWriter.open(ReportFormat.JSON, RenderContext.standard(), out);
 * for (Path vmx : files) {
 *   w.write(engine.checkEachVm(host, read(vmx)));   // streamed at once
 * }
 * w.write(engine.checkAllVms(host, facts, List.of()));
 * w.finish(inputs);                                  // summary, notes, inputs
 * int exit = w.reached(Severity.ERROR) ? 1 : 0;
 * }</pre>
 *
 * <p>Each part's findings are shown in the order the part gives (a {@link Report} keeps
 * {@link Report#ORDER}); a note is shown once, however many parts make it: text shows it before
 * the first findings after it was made, JSON and SARIF list them at the end. The writer flushes
 * after every part and after {@link #finish}; it never closes {@code out}.
 */
public final class ReportWriter {
  private final Form form;
  private final RenderContext context;
  private final Set<String> notes = new LinkedHashSet<>();
  private final Map<Severity, Integer> all = new EnumMap<>(Severity.class);
  private final Map<Severity, Integer> shown = new EnumMap<>(Severity.class);
  private boolean finished;

  private ReportWriter(Form form, RenderContext context) {
    this.form = form;
    this.context = context;
  }

  /**
   * A writer of one report.
   *
   * @param format the format
   * @param context colour and the lowest severity shown (its inputs are not used: {@link #finish} gives them)
   * @param out where the report goes
   * @return the writer; nothing is written yet but what the format starts with
   */
  public static ReportWriter open(ReportFormat format, RenderContext context, Writer out) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(context, "context");
    Form form = switch (Objects.requireNonNull(format, "format")) {
      case JSON -> new JsonReport(out);
      case SARIF -> new SarifReport(out);
      case GCC -> new GccReport(out);
      default -> new TextReport(out, context);
    };
    return new ReportWriter(form, context);
  }

  /** A whole report as one part, with the context's inputs, as text. */
  static String render(Report report, ReportFormat format, RenderContext context) {
    StringWriter out = new StringWriter();
    open(format, context, out).write(report).finish(context.inputs());
    return out.toString();
  }

  /**
   * Writes one part: its new notes and the findings shown under the context's lowest severity.
   *
   * @param part the findings and notes of one file, or of the checks over every VM
   * @return this writer
   * @throws IllegalStateException after {@link #finish}
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public ReportWriter write(Report part) {
    if (finished) {
      throw new IllegalStateException("report already finished");
    }
    List<String> fresh = new ArrayList<>();
    for (String n : part.assumptions()) {
      if (notes.add(n)) {
        fresh.add(n);
      }
    }
    List<Finding> visible = new ArrayList<>(part.findings().size());
    for (Finding f : part.findings()) {
      all.merge(f.severity(), 1, Integer::sum);
      if (context.shows(f)) {
        shown.merge(f.severity(), 1, Integer::sum);
        visible.add(f);
      }
    }
    io(() -> {
      form.part(fresh, visible);
      form.flush();
    });
    return this;
  }

  /**
   * Ends the report: the summary (text), the notes, summary and inputs (JSON), the rules and
   * artifacts (SARIF).
   *
   * @param inputs the files the check read, as named, in order
   * @throws IllegalStateException when already finished
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public void finish(List<String> inputs) {
    if (finished) {
      throw new IllegalStateException("report already finished");
    }
    finished = true;
    // Not copied: the totals are written here and dropped, and a fleet's list of inputs is long.
    Totals totals = new Totals(Collections.unmodifiableList(Objects.requireNonNull(inputs, "inputs")),
        List.copyOf(notes), Map.copyOf(all), Map.copyOf(shown));
    io(() -> {
      form.finish(totals);
      form.flush();
    });
  }

  /**
   * How many findings of a severity were written, shown or not.
   *
   * @param severity the severity
   * @return the count so far
   */
  public int count(Severity severity) {
    return all.getOrDefault(severity, 0);
  }

  /**
   * Whether a finding written so far, shown or not, has this severity or a more serious one (what
   * {@code --fail-on} asks).
   *
   * @param threshold the least serious severity that counts
   * @return true when one reached it
   */
  public boolean reached(Severity threshold) {
    for (Severity s : Severity.values()) {
      if (s.compareTo(threshold) <= 0 && count(s) > 0) {
        return true;
      }
    }
    return false;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  /**
   * What a report ends with.
   *
   * @param inputs the files read
   * @param notes every note, once, in the order made
   * @param all findings per severity, shown or not (a severity without findings is absent)
   * @param shown findings shown per severity
   */
  record Totals(List<String> inputs, List<String> notes, Map<Severity, Integer> all, Map<Severity, Integer> shown) {
    int shown(Severity s) {
      return shown.getOrDefault(s, 0);
    }

    int hidden(Severity s) {
      return all.getOrDefault(s, 0) - shown(s);
    }
  }

  /** One format, written part by part. */
  abstract static class Form {
    /** Writes a part: the notes not written before, the findings shown. */
    abstract void part(List<String> newNotes, List<Finding> findings) throws IOException;

    /** Writes the end of the report. */
    abstract void finish(Totals totals) throws IOException;

    /** Flushes what was written to the output. */
    abstract void flush() throws IOException;
  }

  /** A form written with Jackson's generator (JSON, SARIF): one document, ended by a newline. */
  abstract static class JsonForm extends Form {
    /** The output, which the generator never closes. */
    final Writer out;
    /** The generator onto {@link #out}. */
    final tools.jackson.core.JsonGenerator g;

    JsonForm(Writer out, boolean pretty) {
      this.out = out;
      g = JsonOutput.generator(pretty, out);
    }

    /** Ends the document: closes the generator (not the output) and writes the final newline. */
    final void end() throws IOException {
      g.close();
      out.write('\n');
    }

    @Override
    final void flush() throws IOException {
      g.flush();
      out.flush();
    }
  }
}
