package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Report;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A report written part by part, as a fleet check streams it, says what the whole report says. */
class ReportWriterTest {
  private static final List<String> INPUTS = List.of("vms/rhel3.vmx", "lspci.txt");
  private static final Report PART1 = new Report(List.of(Samples.F305, Samples.F308), List.of("note one"));
  private static final Report PART2 = new Report(List.of(Samples.F104), List.of("note one", "note two"));
  private static final Report PART3 = new Report(List.of(Samples.SITE), List.of());

  private static String streamed(ReportFormat format, RenderContext context) {
    StringWriter out = new StringWriter();
    ReportWriter w = ReportWriter.open(format, context, out);
    w.write(PART1);
    w.write(PART2);
    w.write(PART3);
    w.finish(INPUTS);
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"JSON", "SARIF", "GCC"})
  void partsWrittenOneByOneGiveTheWholeReport(ReportFormat format) {
    RenderContext context = RenderContext.builder().inputs(INPUTS).build();
    Report whole = new Report(List.of(Samples.F305, Samples.F308, Samples.F104, Samples.SITE),
        List.of("note one", "note two"));
    assertThat(streamed(format, context)).isEqualTo(ReportRenderer.render(whole, format, context)).isNotBlank();
  }

  @Test
  void textShowsEachNoteOnceBeforeTheFindingsThatFollowIt() {
    String text = streamed(ReportFormat.TEXT, RenderContext.builder().build());
    assertThat(text.indexOf("note one")).isEqualTo(text.lastIndexOf("note one")).isLessThan(text.indexOf("VMDP305"));
    assertThat(text.indexOf("note two")).isGreaterThan(text.indexOf("VMDP308")).isLessThan(text.indexOf("VMDP104"));
    assertThat(text).contains("2 files checked");
  }

  @Test
  void countsWhatItWroteShownOrNot() {
    StringWriter out = new StringWriter();
    ReportWriter w = ReportWriter.open(ReportFormat.GCC,
        RenderContext.builder().minimumSeverity(Severity.ERROR).build(), out);
    w.write(PART1).write(PART2);
    assertThat(w.count(Severity.WARNING)).isEqualTo(2);
    assertThat(w.reached(Severity.ERROR)).isTrue();
    assertThat(out.toString().lines()).singleElement().asString().contains("[VMDP305]");
    ReportWriter clean = ReportWriter.open(ReportFormat.GCC, RenderContext.standard(), new StringWriter());
    clean.write(PART3);
    assertThat(clean.reached(Severity.WARNING)).isFalse();
    assertThat(clean.reached(Severity.INFO)).isTrue();
  }

  @Test
  void nothingIsWrittenAfterTheEnd() {
    ReportWriter w = ReportWriter.open(ReportFormat.JSON, RenderContext.standard(), new StringWriter());
    w.finish(INPUTS);
    assertThatThrownBy(() -> w.write(PART1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> w.finish(INPUTS)).isInstanceOf(IllegalStateException.class);
  }
}
