package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.io.log.VmwareLogReader;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class LogRulesTest {

  /** The lines of a log text, as VmwareLogReader reads a file of that name. */
  private static List<LogLine> read(String text, String fileName) {
    try (VmwareLogReader r = VmwareLogReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        fileName); Stream<LogLine> s = r.stream()) {
      return s.toList();
    }
  }

  @Test
  void allListsVmdp701To709InOrderWithTheCataloguesSeverityAndSummary() {
    List<Rule> rules = LogRules.all();
    assertThat(rules).extracting(Rule::id)
        .containsExactly("VMDP701", "VMDP702", "VMDP703", "VMDP704", "VMDP705", "VMDP706", "VMDP707", "VMDP708",
            "VMDP709");
    for (Rule r : rules) {
      assertThat(r.defaultSeverity()).as(r.id()).isEqualTo(RuleCatalogue.standard().get(r.id()).severity());
      assertThat(r.summary()).as(r.id()).isEqualTo(RuleCatalogue.standard().get(r.id()).summary());
    }
  }

  @Test
  void theExamplesOnTheRulePagesGiveTheOutputThePagesShow() {
    for (Rule r : LogRules.all()) {
      String page = RuleCatalogue.standard().documentation(r.id());
      String example = page.substring(page.indexOf("\n## Example\n"), page.indexOf("\n## Source\n"));
      String[] blocks = example.split("```");
      assertThat(blocks.length).as(r.id() + " example blocks").isGreaterThanOrEqualTo(5);
      // VMDP708 reads the host's vmkernel.log; the others a VM's vmware.log.
      String log = r.id().equals("VMDP708") ? "vmkernel.log" : "vmware.log";
      List<LogLine> lines = read(blocks[1].strip() + "\n", log);
      List<String> expected = blocks[3].strip().lines().collect(Collectors.toList());
      List<String> actual = r.check(CheckContext.of(Fixtures.guideHost(), List.of(), lines, KnowledgeBase.standard()))
          .stream().map(f -> f.location().orElseThrow() + ": " + f.ruleId() + " " + f.severity() + " " + f.message())
          .collect(Collectors.toList());
      assertThat(actual).as(r.id()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void noFindingsWithoutLogs() {
    CheckContext ctx = CheckContext.of(Fixtures.guideHost(), List.of(Fixtures.guideVm()), List.of(),
        KnowledgeBase.standard());
    for (Rule r : LogRules.all()) {
      assertThat(r.check(ctx)).as(r.id()).isEmpty();
    }
  }

  @Test
  void findingsPointAtMatchingLinesOfAnyMixOfSignatureFragments() {
    Gen<String> piece = Generate.pick(List.of("PCI device 016:00.0 is marked wrong PCIe", "Failed to register PCI slot ",
        "total number of pages needed (5) exceeds limit (4)", "Module 'DevicePowerOn' power on failed.",
        "memory reservation (sched.mem.min) should be equal to memsize(", "4096)", "systemId does not match ",
        "or the deviceId and vendorId do not match", "No device hints found", "pciPassthru7",
        "Failed to generate predicates for pciPassthru", "No PCIe slot available", "caused an IOMMU fault",
        "0000:03:00.0", " type ", "address 0x", "|", ":", "."));
    Gen<String> message = SourceDSL.lists().of(piece).ofSizeBetween(0, 6).map(l -> String.join("", l));
    Gen<List<String>> messages = SourceDSL.lists().of(message).ofSizeBetween(0, 8);
    qt().withFixedSeed(42).withExamples(400).forAll(messages).checkAssert(ms -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < ms.size(); i++) {
        text.append("2024-01-29T15:56:49.446Z In(05)").append(i % 3 == 2 ? "+" : "").append(" vmx ")
            .append(ms.get(i)).append('\n');
      }
      List<LogLine> lines = read(text.toString(), "fuzz.log");
      for (Rule r : LogRules.all()) {
        List<Finding> found = r.check(CheckContext.of(Fixtures.guideHost(), List.of(), lines, KnowledgeBase.standard()));
        for (Finding f : found) {
          int line = f.location().orElseThrow().line();
          assertThat(line).isBetween(1, lines.size());
          assertThat(f.facts()).containsKeys("signature", "lines", "preventedBy", "fix");
          assertThat(f.message()).doesNotEndWith(".");
        }
      }
    });
  }

  @Test
  void realWorkstationLogsOfTheCorpusGiveNoFindings() throws IOException {
    Path dir = Path.of(System.getProperty("vmdp.shared.dir", "../../shared"), "corpus", "vmware-log");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " not found (../shared/corpus absent): skipping");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".log")).sorted().collect(Collectors.toList());
    }
    assertThat(files).isNotEmpty();
    List<LogLine> all = new ArrayList<>();
    for (Path p : files) {
      try (Stream<LogLine> s = VmwareLogReader.lines(p)) {
        s.forEach(all::add);
      }
    }
    CheckContext ctx = CheckContext.of(Fixtures.guideHost(), List.of(), all, KnowledgeBase.standard());
    for (Rule r : LogRules.all()) {
      assertThat(r.check(ctx)).as(r.id()).isEmpty();
    }
  }
}
