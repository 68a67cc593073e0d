package dev.vmdp.io.yaml.internal;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Measures a YAML document on snakeyaml-engine's event stream, where aliases are not expanded,
 * before Jackson builds anything: nesting depth, number of aliases and the number of values the
 * aliases would expand to are capped, duplicate keys and non-scalar keys are refused, a merge key
 * ({@code <<}) must come first in its mapping (so the keys after it override what it merges, as
 * YAML says), and only one document is allowed.
 */
final class YamlGuard {
  private final LoadSettings settings;
  private final YamlSource source;
  private final Map<String, long[]> anchors = new HashMap<>();   // name -> {values, height}
  private final Deque<Frame> open = new ArrayDeque<>();
  private long values;
  private int aliases;
  private int documents;

  private YamlGuard(LoadSettings settings, YamlSource source) {
    this.settings = settings;
    this.source = source;
  }

  /**
   * Measures the text.
   *
   * @throws VmdpException at the place where a limit was passed, or at a syntax error
   */
  static void measure(String text, LoadSettings settings, YamlSource source) {
    new YamlGuard(settings, source).run(text);
  }

  private void run(String text) {
    try {
      // The parser itself, as api.lowlevel.Parse builds it: snakeyaml-engine's module exports
      // the parser and scanner packages but not api.lowlevel.
      Parser events = new ParserImpl(settings, new StreamReader(settings, text));
      while (events.hasNext()) {
        Event e = events.next();
        switch (e.getEventId()) {
          case DocumentStart -> {
            if (++documents > 1) {
              throw error(e, "only one YAML document is allowed in an inventory (found another after '---')");
            }
          }
          case MappingStart, SequenceStart -> node(e, true);
          case Scalar -> node(e, false);
          case Alias -> alias((AliasEvent) e);
          case MappingEnd, SequenceEnd -> close();
          default -> { }
        }
      }
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
      String context = e.getContext() == null ? "" : e.getContext() + ": ";
      SourceRef at = mark == null ? source.ref(1, 1) : source.ref(mark.getLine() + 1, mark.getColumn() + 1);
      throw source.error(at, "YAML syntax: " + context + firstLine(e.getProblem()), e);
    } catch (YamlEngineException e) {
      throw source.error(source.ref(1, 1), "YAML: " + firstLine(e.getMessage()), e);
    }
  }

  private void node(Event e, boolean collection) {
    Frame parent = open.peek();
    if (parent != null && parent.mapping && parent.expectingKey) {
      key(e, parent);
    } else if (parent != null && parent.mapping) {
      parent.expectingKey = true;
    }
    values++;
    if (values > YamlReading.MAX_EXPANDED_VALUES) {
      throw error(e, "too many values (more than " + YamlReading.MAX_EXPANDED_VALUES + ")");
    }
    String anchor = ((NodeEvent) e).getAnchor().map(a -> a.getValue()).orElse(null);
    if (collection) {
      checkDepth(open.size() + 1L, e);
      open.push(new Frame(anchor, values - 1, open.size() + 1, e.getEventId() == Event.ID.MappingStart));
    } else if (anchor != null) {
      anchors.put(anchor, new long[] {1, 0});
    }
  }

  /** A key of a mapping: a scalar, once per mapping, {@code <<} first. */
  private void key(Event e, Frame mapping) {
    mapping.expectingKey = false;
    if (!(e instanceof ScalarEvent s)) {
      throw error(e, "keys must be plain text, not mappings or lists");
    }
    String key = s.getValue();
    if (key.equals("<<") && s.isPlain()) {
      if (!mapping.keys.isEmpty()) {
        throw error(e, "put the merge key '<<' first in its mapping, so the keys after it override what it merges");
      }
    } else if (!mapping.keys.add(key)) {
      throw error(e, "duplicate key '" + key + "'");
    }
  }

  private void alias(AliasEvent e) {
    Frame parent = open.peek();
    if (parent != null && parent.mapping) {
      if (parent.expectingKey) {
        throw error(e, "keys must be plain text, not aliases");
      }
      parent.expectingKey = true;
    }
    String name = e.getAlias().getValue();
    aliases++;
    long[] target = anchors.get(name);
    if (target == null) {
      throw error(e, "alias *" + name + " names no anchor defined before it");
    }
    if (aliases > YamlReading.MAX_ALIASES) {
      throw error(e, "too many YAML aliases (more than " + YamlReading.MAX_ALIASES + ")");
    }
    values += target[0];
    if (values > YamlReading.MAX_EXPANDED_VALUES) {
      throw error(e, "YAML aliases expand to more than " + YamlReading.MAX_EXPANDED_VALUES
          + " values (an alias bomb?); write the values out instead");
    }
    checkDepth(open.size() + target[1], e);
    if (parent != null) {
      parent.deepest = (int) Math.max(parent.deepest, open.size() + target[1]);
    }
  }

  private void close() {
    Frame f = open.pop();
    Frame parent = open.peek();
    if (parent != null) {
      parent.deepest = Math.max(parent.deepest, f.deepest);
    }
    if (f.anchor != null) {
      anchors.put(f.anchor, new long[] {values - f.valuesBefore, f.deepest - open.size()});
    }
  }

  private void checkDepth(long depth, Event e) {
    if (depth > YamlReading.MAX_DEPTH) {
      throw error(e, "YAML nested too deeply (more than " + YamlReading.MAX_DEPTH + " levels)");
    }
  }

  private VmdpException error(Event e, String message) {
    SourceRef at = e.getStartMark().map(m -> source.ref(m.getLine() + 1, m.getColumn() + 1)).orElse(source.ref(1, 1));
    return source.error(at, message, null);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable YAML";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** An open mapping or list. */
  private static final class Frame {
    final String anchor;
    final long valuesBefore;
    final boolean mapping;
    final Set<String> keys = new HashSet<>();
    boolean expectingKey = true;
    int deepest;

    Frame(String anchor, long valuesBefore, int depth, boolean mapping) {
      this.anchor = anchor;
      this.valuesBefore = valuesBefore;
      this.deepest = depth;
      this.mapping = mapping;
    }
  }
}
