package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The properties SARIF 2.1.0 (OASIS, sarif-schema-2.1.0.json) requires, and the value rules it
 * states, checked on a parsed log: {@code version} "2.1.0" and a {@code $schema}; {@code runs},
 * each with {@code tool.driver.name}; rules with an {@code id}, unique, and URIs that parse;
 * results with {@code message.text}, a {@code ruleId} the driver lists (at {@code ruleIndex}), a
 * {@code level} of none/note/warning/error; locations whose {@code artifactLocation.uri} is a URI
 * reference and whose regions count from 1 (end not before start); fixes whose
 * {@code artifactChanges} and {@code replacements} are non-empty, each replacement with a
 * {@code deletedRegion}.
 */
final class SarifShape {
  private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");
  /** An empty array, for optional arrays that are absent. */
  static final JsonNode NONE = JsonReportTest.JSON.createArrayNode();

  private SarifShape() {}

  static void check(JsonNode log) {
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asString()).contains("sarif").contains("2.1.0");
    uri(log.get("$schema").asString());
    assertThat(log.get("runs").isArray()).isTrue();
    assertThat(log.get("runs").size()).isPositive();
    for (JsonNode run : log.get("runs")) {
      JsonNode driver = run.get("tool").get("driver");
      assertThat(driver.get("name").isString()).isTrue();
      run.optional("artifacts").ifPresent(a -> a.forEach(x -> artifactLocation(x.get("artifactLocation"))));
      List<String> ruleIds = driver.has("rules")
          ? driver.get("rules").valueStream().map(r -> r.get("id").asString()).toList() : List.of();
      assertThat(new HashSet<>(ruleIds)).as("unique rule ids").hasSize(ruleIds.size());
      for (JsonNode rule : driver.optional("rules").orElse(NONE)) {
        rule.optional("helpUri").ifPresent(u -> assertThat(uri(u.asString()).isAbsolute()).isTrue());
        rule.optional("shortDescription").ifPresent(d -> assertThat(d.get("text").isString()).isTrue());
        rule.optional("defaultConfiguration").flatMap(c -> c.optional("level"))
            .ifPresent(l -> assertThat(LEVELS).contains(l.asString()));
      }
      driver.optional("informationUri").ifPresent(u -> assertThat(uri(u.asString()).isAbsolute()).isTrue());
      assertThat(run.get("results").isArray()).isTrue();
      for (JsonNode result : run.get("results")) {
        result(result, ruleIds);
      }
    }
  }

  private static void result(JsonNode result, List<String> ruleIds) {
    assertThat(result.get("message").get("text").isString()).as("result.message.text").isTrue();
    String ruleId = result.get("ruleId").asString();
    assertThat(ruleIds).contains(ruleId);
    result.optional("ruleIndex").ifPresent(i -> assertThat(ruleIds.get(i.asInt())).isEqualTo(ruleId));
    assertThat(LEVELS).contains(result.get("level").asString());
    for (JsonNode location : result.optional("locations").orElse(NONE)) {
      location.optional("physicalLocation").ifPresent(p -> {
        artifactLocation(p.get("artifactLocation"));
        p.optional("region").ifPresent(SarifShape::region);
      });
      location.optional("logicalLocations").ifPresent(ls -> ls.forEach(
          l -> assertThat(l.has("name") || l.has("fullyQualifiedName")).isTrue()));
    }
    for (JsonNode fix : result.optional("fixes").orElse(NONE)) {
      assertThat(fix.get("artifactChanges").size()).isPositive();
      for (JsonNode change : fix.get("artifactChanges")) {
        artifactLocation(change.get("artifactLocation"));
        assertThat(change.get("replacements").size()).isPositive();
        for (JsonNode r : change.get("replacements")) {
          region(r.get("deletedRegion"));
          r.optional("insertedContent").ifPresent(c -> assertThat(c.get("text").isString()).isTrue());
        }
      }
    }
  }

  private static void artifactLocation(JsonNode a) {
    assertThat(a.get("uri").isString()).isTrue();
    uri(a.get("uri").asString());
  }

  private static void region(JsonNode region) {
    int startLine = region.get("startLine").asInt();
    assertThat(startLine).isGreaterThanOrEqualTo(1);
    int startColumn = region.optional("startColumn").map(JsonNode::asInt).orElse(1);
    assertThat(startColumn).isGreaterThanOrEqualTo(1);
    int endLine = region.optional("endLine").map(JsonNode::asInt).orElse(startLine);
    assertThat(endLine).isGreaterThanOrEqualTo(startLine);
    region.optional("endColumn").ifPresent(c -> {
      assertThat(c.asInt()).isGreaterThanOrEqualTo(1);
      if (endLine == startLine) {
        assertThat(c.asInt()).isGreaterThanOrEqualTo(startColumn);
      }
    });
  }

  private static URI uri(String text) {
    return URI.create(text);
  }
}
