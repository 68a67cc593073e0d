package dev.vmdp.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.Severity;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

  /** DOMAIN.md section 9, written out by hand so that a change to the catalogue is deliberate. */
  private static final String EXPECTED = """
      101 ERROR, 102 WARNING, 103 ERROR, 104 INFO, 105 ERROR, 106 ERROR, 107 ERROR,
      201 ERROR, 202 ERROR, 203 ERROR, 204 ERROR, 205 WARNING, 206 ERROR, 207 ERROR, 208 WARNING,
      209 ERROR, 210 ERROR, 211 ERROR, 212 WARNING, 213 ERROR,
      301 ERROR, 302 ERROR, 303 ERROR, 304 WARNING, 305 ERROR, 306 WARNING, 307 WARNING,
      308 WARNING, 309 ERROR, 310 ERROR, 311 WARNING, 312 WARNING, 313 ERROR, 314 WARNING,
      315 WARNING, 316 ERROR, 317 ERROR, 318 INFO, 319 ERROR,
      401 ERROR, 402 ERROR, 403 ERROR, 404 ERROR, 405 WARNING, 406 INFO,
      501 ERROR, 502 ERROR, 503 ERROR, 504 WARNING, 505 INFO, 506 WARNING,
      601 WARNING, 602 WARNING, 603 WARNING, 604 WARNING, 605 ERROR, 606 ERROR,
      701 ERROR, 702 ERROR, 703 ERROR, 704 ERROR, 705 ERROR, 706 ERROR, 707 INFO,
      708 WARNING, 709 ERROR
      """;

  private static final Pattern SEVERITY_LINE =
      Pattern.compile("^\\*\\*Severity:\\*\\* (ERROR|WARNING|INFO) · \\*\\*Category:\\*\\* (.+?) · "
          + "\\*\\*Automatic fix:\\*\\* (yes|no)$", Pattern.MULTILINE);

  private final RuleCatalogue catalogue = RuleCatalogue.standard();

  private static Map<String, Severity> expected() {
    Map<String, Severity> map = new LinkedHashMap<>();
    for (String item : EXPECTED.split(",")) {
      String[] parts = item.strip().split(" ");
      map.put("VMDP" + parts[0], Severity.valueOf(parts[1]));
    }
    return map;
  }

  private static Path docsDir() {
    // Surefire runs in the module directory; the pages live in <repo>/docs/rules.
    return Path.of("").toAbsolutePath().resolveSibling("docs").resolve("rules");
  }

  @Test
  void hasExactlyTheIdsAndSeveritiesOfDomainSection9InOrder() {
    Map<String, Severity> actual = new LinkedHashMap<>();
    catalogue.all().forEach(e -> actual.put(e.id().toString(), e.severity()));
    assertThat(actual).containsExactlyEntriesOf(expected());
    assertThat(catalogue.all()).hasSize(66);
  }

  @Test
  void automaticFixesExistForExactlyTheDocumentedRules() {
    List<String> fixable = catalogue.all().stream()
        .filter(CatalogueEntry::automaticallyFixable)
        .map(e -> e.id().toString())
        .collect(Collectors.toList());
    assertThat(fixable).containsExactly("VMDP206", "VMDP305", "VMDP306", "VMDP308", "VMDP311", "VMDP314",
        "VMDP317", "VMDP406");
  }

  @Test
  void summariesAreSingleLinesWithoutTrailingPeriod() {
    for (CatalogueEntry e : catalogue.all()) {
      assertThat(e.summary()).as(e.id().toString())
          .isNotBlank().doesNotEndWith(".").doesNotContain("\n").isEqualTo(e.summary().strip());
    }
  }

  @Test
  void entryRejectsSummaryWithTrailingPeriod() {
    assertThatThrownBy(() -> CatalogueEntry.builder().id(RuleId.of(101)).severity(Severity.ERROR)
            .summary("host has no IOMMU.").automaticallyFixable(false).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CatalogueEntry summary")
        .hasMessageContaining("'host has no IOMMU.'");
  }

  @Test
  void categoryFollowsTheHundredsDigit() {
    assertThat(catalogue.get("VMDP101").category()).isEqualTo(Category.HOST);
    assertThat(catalogue.get("VMDP210").category()).isEqualTo(Category.DEVICE);
    assertThat(catalogue.get("VMDP305").category()).isEqualTo(Category.VM);
    assertThat(catalogue.get("VMDP406").category()).isEqualTo(Category.RESET);
    assertThat(catalogue.get("VMDP501").category()).isEqualTo(Category.PASSTHRU_MAP);
    assertThat(catalogue.get("VMDP606").category()).isEqualTo(Category.VMX_FILE);
    assertThat(catalogue.get("VMDP707").category()).isEqualTo(Category.LOG);
    for (CatalogueEntry e : catalogue.all()) {
      assertThat(e.category().hundreds()).isEqualTo(e.id().number() / 100);
    }
  }

  @Test
  void everyEntryHasAPageWithItsTitleSeverityAndCategory() {
    for (CatalogueEntry e : catalogue.all()) {
      String page = catalogue.documentation(e.id());
      assertThat(page).as(e.id().toString())
          .startsWith("# " + e.id() + ": " + e.summary() + "\n");
      Matcher m = SEVERITY_LINE.matcher(page);
      assertThat(m.find()).as("severity line of " + e.id()).isTrue();
      assertThat(m.group(1)).as("severity of " + e.id()).isEqualTo(e.severity().name());
      assertThat(m.group(2)).as("category of " + e.id()).isEqualTo(e.category().title());
      assertThat(m.group(3)).as("automatic fix of " + e.id())
          .isEqualTo(e.automaticallyFixable() ? "yes" : "no");
      for (String section : List.of("## What", "## Why", "## Evidence", "## Fix", "## Example", "## Source")) {
        assertThat(page).as(e.id() + " section " + section).contains("\n" + section + "\n");
      }
    }
  }

  @Test
  void docsFolderHoldsNoPageOutsideTheCatalogue() throws IOException {
    Path dir = docsDir();
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " not found: skipping the docs folder check");
    List<String> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
          .forEach(pages::add);
    }
    List<String> expectedPages = catalogue.all().stream().map(e -> e.id() + ".md").collect(Collectors.toList());
    assertThat(pages).containsExactlyInAnyOrderElementsOf(expectedPages);
  }

  @Test
  void readmeIndexListsEveryRuleWithItsSeverityAndLink() throws IOException {
    Path readme = docsDir().resolve("README.md");
    Assumptions.assumeTrue(Files.isRegularFile(readme), readme + " not found: skipping the index check");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    for (CatalogueEntry e : catalogue.all()) {
      assertThat(text).as("index row of " + e.id())
          .contains("| [" + e.id() + "](" + e.id() + ".md) | " + e.severity() + " | "
              + e.summary().replace("|", "\\|") + " | " + (e.automaticallyFixable() ? "yes" : "no") + " |");
    }
  }

  @Test
  void logRulePagesNameTheRuleTheyPointTo() {
    Map<String, List<String>> pointers = Map.of(
        "VMDP701", List.of("VMDP206"), "VMDP702", List.of("VMDP311"),
        "VMDP703", List.of("VMDP305"), "VMDP704", List.of("VMDP202", "VMDP203"),
        "VMDP705", List.of("VMDP210"), "VMDP706", List.of("VMDP303"));
    pointers.forEach((id, targets) -> {
      String page = catalogue.documentation(id);
      assertThat(page).contains("## Log signatures");
      targets.forEach(t -> assertThat(page).as(id).contains("[" + t + "](" + t + ".md)"));
    });
  }

  @Test
  void findIgnoresCaseAndReturnsEmptyForUnknownOrMalformed() {
    assertThat(catalogue.find("vmdp305")).map(e -> e.id().toString()).hasValue("VMDP305");
    assertThat(catalogue.find(" VMDP305 ")).isPresent();
    assertThat(catalogue.find("VMDP199")).isEmpty();
    assertThat(catalogue.find("banana")).isEmpty();
    assertThat(catalogue.find((String) null)).isEmpty();
    assertThat(catalogue.find(RuleId.of(707))).isPresent();
  }

  @Test
  void getThrowsNamingTheUnknownId() {
    assertThatThrownBy(() -> catalogue.get("VMDP199"))
        .isInstanceOf(VmdpException.class)
        .hasMessage("unknown rule ID 'VMDP199' (vmdp rules lists them)");
    assertThatThrownBy(() -> catalogue.get("x305"))
        .isInstanceOf(VmdpException.class)
        .hasMessage("unknown rule ID 'x305' (vmdp rules lists them)");
    assertThatThrownBy(() -> catalogue.documentation("VMDP800"))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("'VMDP800'");
  }

  @Test
  void documentationAcceptsAnyCaseAndReturnsTheSamePage() {
    assertThat(catalogue.documentation("vmdp305")).isEqualTo(catalogue.documentation(RuleId.of(305)))
        .contains("sched.mem.min");
  }

  @Test
  void categoryOfNumberRejectsHundredsOutsideOneToSeven() {
    assertThat(Category.ofNumber(100)).isEqualTo(Category.HOST);
    assertThat(Category.ofNumber(799)).isEqualTo(Category.LOG);
    for (int bad : new int[] {-1, 0, 99, 800, 999}) {
      assertThatThrownBy(() -> Category.ofNumber(bad)).as("" + bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(bad));
    }
  }

  @Test
  void parsesIdsInAnyCase() {
    assertThat(RuleId.parse("VMDP305")).isEqualTo(RuleId.parse("vmdp305")).isEqualTo(RuleId.of(305));
    assertThat(RuleId.parse("Vmdp101").toString()).isEqualTo("VMDP101");
    assertThat(RuleId.parse("vmdp707").category()).isEqualTo(Category.LOG);
    assertThat(RuleId.of(101)).isLessThan(RuleId.of(707));
  }

  @Test
  void rejectsMalformedIdsNamingTheText() {
    for (String bad : List.of("VMDP30", "VMDP3050", "VMD305", "305", "VMDP 305", "VMDPabc", "", "VMDP000",
        "VMDP899")) {
      assertThatThrownBy(() -> RuleId.parse(bad)).as(bad)
          .isInstanceOf(VmdpException.class)
          .hasMessageContaining("malformed rule ID '" + bad + "'");
    }
    assertThatThrownBy(() -> RuleId.parse(null)).isInstanceOf(VmdpException.class)
        .hasMessageContaining("null");
    assertThatThrownBy(() -> RuleId.of(99)).isInstanceOf(VmdpException.class).hasMessageContaining("99");
  }

  @Test
  void matchesDomainSection9WhenTheSharedDocsArePresent() throws IOException {
    Path domain = Path.of(System.getProperty("vmdp.shared.dir", "../../shared"), "docs", "DOMAIN.md");
    Assumptions.assumeTrue(Files.isRegularFile(domain),
        domain + " not found (../shared absent): skipping the DOMAIN.md section 9 comparison");
    String text = Files.readString(domain, StandardCharsets.UTF_8);
    int start = text.indexOf("## 9.");
    assertThat(start).as("section 9 of DOMAIN.md").isNotNegative();
    String section = text.substring(start);

    Map<String, Severity> withSeverity = new LinkedHashMap<>();
    Matcher m = Pattern.compile("^- (VMDP[0-9]{3}) (ERROR|WARNING|INFO) ", Pattern.MULTILINE).matcher(section);
    while (m.find()) {
      withSeverity.put(m.group(1), Severity.valueOf(m.group(2)));
    }
    assertThat(withSeverity).hasSizeGreaterThan(40);
    withSeverity.forEach((id, severity) ->
        assertThat(catalogue.get(id).severity()).as(id).isEqualTo(severity));

    List<String> allIds = new ArrayList<>();
    Matcher ids = Pattern.compile("^- (VMDP[0-9]{3}) ", Pattern.MULTILINE).matcher(section);
    while (ids.find()) {
      allIds.add(ids.group(1));
    }
    assertThat(allIds).containsExactlyElementsOf(
        catalogue.all().stream().map(e -> e.id().toString()).collect(Collectors.toList()));
  }

  @Test
  void logRulePagesQuoteTheSignaturesOfDomainSection9() throws IOException {
    Path domain = Path.of(System.getProperty("vmdp.shared.dir", "../../shared"), "docs", "DOMAIN.md");
    Assumptions.assumeTrue(Files.isRegularFile(domain),
        domain + " not found (../shared absent): skipping the log signature comparison");
    String text = Files.readString(domain, StandardCharsets.UTF_8);
    Matcher line = Pattern.compile("^- (VMDP7[0-9]{2}) (.*)$", Pattern.MULTILINE)
        .matcher(text.substring(text.indexOf("## 9.")));
    int checked = 0;
    while (line.find()) {
      String page = catalogue.documentation(line.group(1));
      Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(line.group(2));
      while (quoted.find()) {
        assertThat(page).as(line.group(1) + " signature").contains("`" + quoted.group(1) + "`");
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(7);
  }
}
