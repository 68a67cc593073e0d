package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.rules.reset.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vmdp plan --format dot}: what the picture says, read back from the DOT text, and that
 * Graphviz renders it ({@code dot -Tsvg}, where Graphviz is installed; the test says when not).
 */
class PlanDotTest {
  static final Pattern NODE = Pattern.compile("^\\s*(\"(?:[^\"\\\\]|\\\\.)*\") \\[(.*)];$");
  static final Pattern EDGE = Pattern.compile("^\\s*(\"(?:[^\"\\\\]|\\\\.)*\") -> (\"(?:[^\"\\\\]|\\\\.)*\")(?: \\[(.*)])?;$");

  @TempDir
  Path dir;

  /** The DOT's nodes, edges and clusters, read as Graphviz reads the subset PlanDot writes. */
  record Graph(Set<String> nodes, List<String[]> edges, List<String> clusters, String text) {
    static Graph of(String dot) {
      Set<String> nodes = new LinkedHashSet<>();
      List<String[]> edges = new java.util.ArrayList<>();
      List<String> clusters = new java.util.ArrayList<>();
      int depth = 0;
      for (String line : dot.lines().toList()) {
        depth += count(line, '{') - count(line, '}');
        Matcher e = EDGE.matcher(line);
        Matcher n = NODE.matcher(line);
        if (e.matches()) {
          edges.add(new String[] {e.group(1), e.group(2), e.group(3) == null ? "" : e.group(3)});
        } else if (n.matches()) {
          nodes.add(n.group(1));
        } else if (line.strip().startsWith("label=") && depth == 2) {
          clusters.add(line.strip());
        }
      }
      assertThat(depth).as("braces balance").isZero();
      return new Graph(nodes, edges, clusters, dot);
    }

    private static int count(String s, char c) {
      return (int) s.chars().filter(x -> x == c).count();
    }

    boolean edge(String from, String to, String attribute) {
      return edges.stream().anyMatch(e -> e[0].equals(q(from)) && e[1].equals(q(to)) && e[2].contains(attribute));
    }
  }

  static String q(String s) {
    return "\"" + s + "\"";
  }

  @Test
  void drawsTheTreeTheGroupWithItsResetAndTheVmsThatTakeIt() {
    Graph g = Graph.of(PlanRenderer.render(PlanSamples.plan("render", "01:00.0"), PlanFormat.DOT, RenderContext.standard()));
    assertThat(g.text()).startsWith("digraph \"vmdp plan\" {\n");
    assertThat(g.nodes()).contains(q("host"), q("0000:00:01.0"), q("0000:01:00.0"), q("0000:01:00.1"), q("vm render"));
    for (String[] e : g.edges()) {
      assertThat(g.nodes()).as("every edge joins declared nodes").contains(e[0], e[1]);
    }
    assertThat(g.edge("host", "0000:00:01.0", "")).as("the root port hangs off the host").isTrue();
    assertThat(g.edge("0000:00:01.0", "0000:01:00.0", "")).isTrue();
    assertThat(g.edge("0000:00:01.0", "0000:01:00.1", "")).isTrue();
    assertThat(g.clusters()).containsExactly("label=\"one owner: bridge reset of 0000:00:01.0\";");
    assertThat(g.edge("vm render", "0000:01:00.0", "penwidth=2")).as("asked for").isTrue();
    assertThat(g.edge("vm render", "0000:01:00.1", "must join")).as("must join").isTrue();
    assertThat(g.text()).doesNotContain(PlanDot.RED);
    assertThat(g.text()).contains("reset: bridge").contains("10de:1eb8");
  }

  @Test
  void drawsAConflictInRed() {
    Plan split = PlanSamples.plan("a", "01:00.0", "b", "01:00.1");
    Graph g = Graph.of(PlanRenderer.render(split, PlanFormat.DOT, RenderContext.standard()));
    assertThat(g.text()).contains("color=\"" + PlanDot.RED + "\"; fontcolor=\"" + PlanDot.RED + "\"")
        .contains("label=\"one owner: bridge reset of 0000:00:01.0\\nwanted by a and b\";");
    assertThat(g.edge("vm a", "0000:01:00.0", PlanDot.RED)).isTrue();
    assertThat(g.edge("vm b", "0000:01:00.1", PlanDot.RED)).isTrue();
    assertThat(g.edge("vm a", "0000:01:00.1", "must join")).isTrue();
  }

  @Test
  void drawsTheVmkernelAsTheOwnerOfWhatItUses() {
    dev.vmdp.model.host.Host host = dev.vmdp.model.host.Host.builder().from(PlanSamples.host())
        .putOwner(dev.vmdp.model.pci.PciAddress.parse("01:00.1"), dev.vmdp.model.host.Owner.VMKERNEL).build();
    Plan plan = dev.vmdp.rules.reset.Planner.plan(host,
        java.util.Map.of("render", List.of(dev.vmdp.model.pci.PciAddress.parse("01:00.0"))));
    Graph g = Graph.of(PlanRenderer.dot(plan));
    assertThat(g.nodes()).contains(q("vmkernel"));
    assertThat(g.edge("vmkernel", "0000:01:00.1", "dotted")).isTrue();
    assertThat(g.edge("vmkernel", "0000:01:00.1", "must give it up")).as("render takes it along").isTrue();
    assertThat(g.edge("vmkernel", "0000:01:00.1", PlanDot.RED)).isTrue();
    assertThat(g.edges()).noneMatch(e -> e[0].equals(q("vmkernel")) && e[1].equals(q("0000:01:00.0")));
  }

  @Test
  void escapesWhatComesFromFiles() {
    assertThat(PlanDot.quote("a \"b\" \\ c\u001b[2J\nnext")).isEqualTo("\"a \\\"b\\\" \\\\ c\\\\u001b[2J\\nnext\"");
    assertThat(PlanDot.quote("\nsecond")).isEqualTo("\"\\nsecond\"");
  }

  /** Graphviz reads what PlanDot writes and draws every node; skipped, saying so, where dot is missing. */
  @Test
  void graphvizRendersItAsSvg() throws Exception {
    Path dot = dotCommand();
    assumeTrue(dot != null, "Graphviz 'dot' is not installed: skipping the SVG rendering check (apt-get install graphviz)");
    Plan split = PlanSamples.plan("a", "01:00.0", "b", "01:00.1");
    Path in = Files.writeString(dir.resolve("plan.dot"), PlanRenderer.render(split, PlanFormat.DOT, RenderContext.standard()));
    Path out = dir.resolve("plan.svg");
    Process p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", out.toString(), in.toString())
        .redirectErrorStream(true).start();
    String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(messages).isZero();
    assertThat(messages).as("Graphviz warnings").isEmpty();
    String svg = Files.readString(out);
    assertThat(svg).contains("<svg").contains("0000:01:00.0").contains("vm a").contains("one owner: bridge reset of 0000:00:01.0")
        .contains("wanted by a and b");
  }

  /** {@code dot} on the PATH, or null. */
  static Path dotCommand() throws IOException {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(d, "dot");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
