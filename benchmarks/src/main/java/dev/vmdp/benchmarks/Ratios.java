package dev.vmdp.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints every result of a JMH run as a ratio to its same-run baseline: the benchmark in the same
 * class, with the same parameters, whose name ends in {@code Scan} ({@code newlineScan},
 * {@code readAndScan}, {@code lspciNewlineScan}, ...) and whose prefix the measured name contains
 * ({@code lspciParse} against {@code lspciNewlineScan}), else the class's baseline with the
 * shortest name. Benchmarks named {@code baseline...} count as baselines too.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2 -r 2 -rf csv -rff /tmp/jmh.csv
 * java -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.Ratios /tmp/jmh.csv
 * }</pre>
 */
public final class Ratios {
  private Ratios() {}

  /** One result row. */
  private record Row(String clazz, String method, String params, double score, double error, String unit) {
    boolean baseline() {
      return method.endsWith("Scan") || method.startsWith("baseline");
    }

    String prefix() {
      String m = method.toLowerCase(Locale.ROOT);
      for (String suffix : new String[] {"newlinescan", "andscan", "scan"}) {
        if (m.endsWith(suffix)) {
          return m.substring(0, m.length() - suffix.length());
        }
      }
      return m.startsWith("baseline") ? m.substring("baseline".length()) : m;
    }
  }

  /**
   * Prints the ratios: {@code RESULTS.csv} (JMH {@code -rf csv}).
   *
   * @param args the CSV file
   * @throws IOException when it cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Ratios RESULTS.csv");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    List<String> header = split(lines.get(0));
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> f = split(line);
      String name = f.get(0);
      int dot = name.lastIndexOf('.');
      StringBuilder params = new StringBuilder();
      for (int i = 7; i < f.size() && i < header.size(); i++) {
        if (!f.get(i).isEmpty()) {
          params.append(header.get(i).replace("Param: ", "")).append('=').append(f.get(i)).append(' ');
        }
      }
      rows.add(new Row(name.substring(name.lastIndexOf('.', dot - 1) + 1, dot), name.substring(dot + 1),
          params.toString().strip(), Double.parseDouble(f.get(4)), parseOrNaN(f.get(5)), f.get(6)));
    }
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row r : rows) {
      groups.computeIfAbsent(r.clazz() + " " + r.params(), k -> new ArrayList<>()).add(r);
    }
    System.out.printf(Locale.ROOT, "%-60s %14s %10s  %s%n", "benchmark [params]", "score", "unit", "ratio to baseline");
    for (List<Row> group : groups.values()) {
      for (Row r : group) {
        Row base = baselineOf(r, group);
        String label = r.clazz() + "." + r.method() + (r.params().isEmpty() ? "" : " [" + r.params() + "]");
        String ratio = base == null ? "" : r.baseline() ? "(baseline)"
            : String.format(Locale.ROOT, "%.2fx %s", r.score() / base.score(), base.method());
        System.out.printf(Locale.ROOT, "%-60s %14.3f %10s  %s%n", label, r.score(), r.unit(), ratio);
      }
    }
  }

  private static Row baselineOf(Row r, List<Row> group) {
    if (r.baseline()) {
      return r;
    }
    Row fallback = null;
    String m = r.method().toLowerCase(Locale.ROOT);
    for (Row b : group) {
      if (!b.baseline()) {
        continue;
      }
      if (!b.prefix().isEmpty() && m.contains(b.prefix())) {
        return b;
      }
      if (fallback == null || b.method().length() < fallback.method().length()) {
        fallback = b;
      }
    }
    return fallback;
  }

  private static double parseOrNaN(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Splits a CSV line with double-quoted fields. */
  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
