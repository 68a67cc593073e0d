package dev.vmdp.rules.log;

import dev.vmdp.model.log.LogLine;
import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.Scope;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A log diagnosis rule: finds its signatures in vmware.log lines and groups the matching lines of
 * one file into occurrences by the value they show (a device address, a memsize), so one failure
 * that VMware logs on several lines, or repeats in a message block and its continuation lines,
 * becomes one finding at its first line.
 *
 * <p>Every finding carries the facts {@code signature} (the signatures seen, {@code "; "}
 * separated), {@code lines} (the line numbers, comma separated), {@code preventedBy} (the rule
 * IDs whose fix prevents the failure, comma separated; {@code none} for VMDP707) and {@code fix}.
 */
abstract class LogRule extends CatalogueRule {
  /** A PCI address as logs print it: {@code 016:00.0}, {@code 0000:42:00.0}, {@code 00000:101:00.0}. */
  static final Pattern ADDRESS = Pattern.compile(
      "(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{4,5}:)?[0-9A-Fa-f]{1,3}:[0-9A-Fa-f]{1,2}\\.[0-7](?![0-9A-Fa-f])");
  /** A passthrough entry name: {@code pciPassthru0}. */
  static final Pattern ENTRY = Pattern.compile("(?i)\\bpciPassthru([0-9]+)\\b");
  /** The address after {@code Dev @} in a vmkernel.log PCI line. */
  static final Pattern DEV_AT = Pattern.compile("(?i)\\bDev @ ?([0-9A-Fa-f]{4,5}:[0-9A-Fa-f]{2,3}:[0-9A-Fa-f]{2}\\.[0-7])");


  LogRule(String id) {
    super(id);
  }

  /** About the logs: once per check, not per VM. */
  @Override
  public Scope scope() {
    return Scope.ALL_VMS;
  }

  /**
   * A recognised signature: its text as documented and the pattern that finds it, always without
   * regard to letter case (DOMAIN.md 7.4: VMware's spelling varies between versions).
   */
  record Signature(String text, Pattern pattern) {
    Signature {
      pattern = Pattern.compile(pattern.pattern(), pattern.flags() | Pattern.CASE_INSENSITIVE);
    }

    static Signature literal(String text) {
      return new Signature(text, Pattern.compile(Pattern.quote(text)));
    }
  }

  /** One failure: the lines of one file that show it. */
  static final class Occurrence {
    final String file;
    final List<LogLine> lines = new ArrayList<>();
    final List<String> signatures = new ArrayList<>();
    final Map<String, String> values = new LinkedHashMap<>();
    final List<String> entries = new ArrayList<>();

    Occurrence(String file) {
      this.file = file;
    }

    LogLine first() {
      return lines.get(0);
    }

    Optional<String> value(String key) {
      return Optional.ofNullable(values.get(key));
    }

    String lineNumbers() {
      List<String> n = new ArrayList<>();
      lines.forEach(l -> n.add(String.valueOf(l.number())));
      return String.join(",", n);
    }
  }

  /** The signatures this rule recognises, in the order they are tried. */
  abstract List<Signature> signatures();

  /**
   * Records the values a matching line shows (into {@code values}: first value wins).
   *
   * @param sig the signature found
   * @param m the matcher positioned on it
   * @param message the line's message
   * @param values where to put the values
   */
  void extract(Signature sig, Matcher m, String message, Map<String, String> values) {
    // By default a line shows no values: the passthrough entries it names are collected anyway.
  }

  /** The value that tells occurrences of one file apart (empty, the default: one occurrence per file). */
  String key(Map<String, String> values) {
    return "";
  }

  /** The finding for an occurrence, or empty when this occurrence is not reported. */
  abstract Optional<Finding> report(CheckContext context, Occurrence o);

  @Override
  public final List<Finding> check(CheckContext context) {
    Map<String, Occurrence> occurrences = new LinkedHashMap<>();
    for (LogLine line : context.logs()) {
      String message = line.message();
      for (Signature sig : signatures()) {
        Matcher m = sig.pattern().matcher(message);
        if (!m.find()) {
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        extract(sig, m, message, values);
        String file = line.source().file();
        Occurrence o = occurrences.computeIfAbsent(file + "\u0000" + key(values), k -> new Occurrence(file));
        if (o.lines.isEmpty() || o.lines.get(o.lines.size() - 1) != line) {
          o.lines.add(line);
        }
        if (!o.signatures.contains(sig.text())) {
          o.signatures.add(sig.text());
        }
        values.forEach(o.values::putIfAbsent);
        Matcher e = ENTRY.matcher(message);
        while (e.find()) {
          String name = "pciPassthru" + e.group(1);
          if (!o.entries.contains(name)) {
            o.entries.add(name);
          }
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Occurrence o : occurrences.values()) {
      report(context, o).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** A builder with the subject, location and the common facts set. */
  final Finding.Builder finding(Occurrence o, String message, String preventedBy, String fix) {
    return finding("log " + o.file, message)
        .location(o.first().source())
        .putFact("signature", String.join("; ", o.signatures))
        .putFact("lines", o.lineNumbers())
        .putFact("preventedBy", preventedBy)
        .putFact("fix", fix);
  }

  /**
   * A finding for a signature that names passthrough entries rather than values: the message gets
   * {@code for pciPassthru0, ...} and the fact {@code entries} when the lines named any.
   */
  final Finding entriesFinding(Occurrence o, String what, String see, String preventedBy, String fix) {
    String entries = o.entries.isEmpty() ? "" : " for " + String.join(", ", o.entries);
    Finding.Builder f = finding(o, what + entries + ": " + see, preventedBy, fix);
    if (!o.entries.isEmpty()) {
      f.putFact("entries", String.join(",", o.entries));
    }
    return f.build();
  }

  /** The address nearest before the signature in the message, else the first one after it; empty when none. */
  static Optional<String> addressAround(Matcher sig, String message) {
    Matcher a = ADDRESS.matcher(message);
    String before = null;
    while (a.find()) {
      if (a.end() <= sig.start()) {
        before = a.group();
      } else if (a.start() >= sig.end()) {
        return Optional.of(before != null ? before : a.group());
      }
    }
    return Optional.ofNullable(before);
  }

  /** True when any line of the file matches the pattern. */
  static boolean fileShows(CheckContext context, String file, Pattern pattern) {
    for (LogLine l : context.logs()) {
      if (l.source().file().equals(file) && pattern.matcher(l.message()).find()) {
        return true;
      }
    }
    return false;
  }
}
