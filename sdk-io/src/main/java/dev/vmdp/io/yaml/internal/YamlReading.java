package dev.vmdp.io.yaml.internal;

import dev.vmdp.io.InputLimits;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * Turns inventory YAML into DTOs, safely: {@link YamlGuard} first measures the event stream
 * (aliases not expanded), so an alias bomb or a deeply nested document is refused before anything
 * is built; then Jackson maps the document onto the DTOs with anchors replayed. Duplicate keys are
 * the guard's job, because a merge key legitimately repeats keys in the replayed stream.
 */
final class YamlReading {
  /** Deepest nesting accepted, counted in mappings and lists, aliases expanded. */
  static final int MAX_DEPTH = 32;
  /** Most aliases ({@code *name}) accepted in one document. */
  static final int MAX_ALIASES = 1_000;
  /** Most values (scalars, mappings, lists) the document may hold once aliases are expanded. */
  static final int MAX_EXPANDED_VALUES = 200_000;
  /** Most code points in a document: the file limit of {@link InputLimits}, 16 MiB of ASCII. */
  static final int MAX_CODE_POINTS = (int) InputLimits.DEFAULT_MAX_FILE_BYTES;

  private static final LoadSettings LOAD = LoadSettings.builder()
      .setLabel("vmdp inventory")
      .setMaxAliasesForCollections(MAX_ALIASES)
      .setCodePointLimit(MAX_CODE_POINTS)
      .setAllowDuplicateKeys(false)
      .setAllowRecursiveKeys(false)
      .build();

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH + 1)   // the measuring pass says it first, with a place
      .maxDocumentLength(MAX_CODE_POINTS)
      .maxStringLength(1 << 20)
      .maxNameLength(4096)
      .maxTokenCount(MAX_EXPANDED_VALUES * 3L + 16)   // values, their keys, ends of mappings and lists
      .build();

  /** Replays anchors at their aliases: used to map the measured document onto the DTOs. */
  private static final YAMLMapper MAPPER = YAMLMapper.builder(
      YAMLAnchorReplayingFactory.builder().loadSettings(LOAD).streamReadConstraints(CONSTRAINTS).build())
      .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)   // YamlGuard's job: merges repeat keys
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .addModule(new SimpleModule("vmdp-inventory").setDeserializerModifier(new LocatingModifier()))
      .build();

  private YamlReading() {}

  /**
   * Measures, then maps the document.
   *
   * @return the DTO tree; an empty inventory for an empty document
   * @throws VmdpException {@code file:line:col: message} for every syntax, limit or type problem
   */
  static InventoryDto read(String text, YamlSource source) {
    return read(text, source, InventoryDto.class, InventoryDto::new);
  }

  /**
   * Measures, then maps the document onto a DTO type.
   *
   * @param type the DTO of the whole document
   * @param empty the DTO of an empty document
   * @return the DTO tree
   * @throws VmdpException {@code file:line:col: message} for every syntax, limit or type problem
   */
  static <T> T read(String text, YamlSource source, Class<T> type, java.util.function.Supplier<T> empty) {
    if (text.length() > MAX_CODE_POINTS) {
      throw new VmdpException(SourceRef.of(source.fileName(), 1), "inventory too large (" + text.length()
          + " characters; the limit is " + MAX_CODE_POINTS + ")", null, null);
    }
    YamlGuard.measure(text, LOAD, source);
    try (JsonParser p = MAPPER.createParser(text)) {
      if (p.nextToken() == null) {
        return empty.get();
      }
      T dto = MAPPER.readValue(p, type);
      return dto == null ? empty.get() : dto;
    } catch (UnrecognizedPropertyException e) {
      throw source.error(keyRef(e, e.getPropertyName(), source), "unknown key '" + e.getPropertyName() + "'"
          + where(e) + " (known keys: " + known(e) + ")", e);
    } catch (MismatchedInputException e) {
      throw source.error(source.ref(e.getLocation()), wrongType(e), e);
    } catch (JacksonException e) {
      throw translate(e, source);
    }
  }

  /** A syntax, limit or type error with the place Jackson or snakeyaml-engine knows. */
  private static VmdpException translate(JacksonException e, YamlSource source) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
        Mark mark = m.getProblemMark().get();
        String context = m.getContext() == null ? "" : m.getContext() + ": ";
        return source.error(source.ref(mark.getLine() + 1, mark.getColumn() + 1),
            "YAML syntax: " + context + oneLine(m.getProblem()), e);
      }
    }
    String message = oneLine(e.getOriginalMessage());
    if (message.contains("Nesting depth") || message.contains("nesting depth")) {
      message = "YAML nested too deeply (more than " + MAX_DEPTH + " levels)";
    }
    return source.error(source.ref(e.getLocation()), message + pathOf(e), e);
  }

  /**
   * Where a key is: Jackson reports the place of its value (or after it), so look back on that
   * line, then on the lines above, for {@code key:}.
   */
  private static SourceRef keyRef(JacksonException e, String key, YamlSource source) {
    SourceRef after = source.ref(e.getLocation());
    if (key == null || key.isEmpty()) {
      return after;
    }
    Pattern written = Pattern.compile("(?:^|[\\s{,?])(" + Pattern.quote(key) + ")[\"']?\\s*:");
    int last = Math.max(1, after.line() - 200);
    for (int n = after.line(); n >= last; n--) {
      String line = source.line(n);
      if (line == null) {
        continue;
      }
      int before = n == after.line() ? after.column().orElse(1) - 1 : line.length();
      Matcher m = written.matcher(line);
      int found = -1;
      while (m.find() && m.start(1) < before) {
        found = m.start(1);
      }
      if (found >= 0) {
        return source.ref(n, found + 1);
      }
    }
    return after;
  }

  /** {@code 'flr' must be true or false, was 'maybe'}. */
  private static String wrongType(MismatchedInputException e) {
    List<JacksonException.Reference> path = e.getPath();
    String key = path.isEmpty() ? "the document"
        : path.get(path.size() - 1).getPropertyName() != null ? "'" + path.get(path.size() - 1).getPropertyName() + "'"
        : "entry [" + path.get(path.size() - 1).getIndex() + "]";
    String was = e instanceof InvalidFormatException f && f.getValue() != null ? ", was '" + f.getValue() + "'" : "";
    return key + " must be " + want(e.getTargetType()) + was + (path.size() > 1 ? " (at " + path(e) + ")" : "");
  }

  private static String want(Class<?> type) {
    if (type == null) {
      return "something else";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == YamlText.class || type == String.class) {
      return "a single value, not a mapping or a list";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a mapping (key: value)";
  }

  private static String pathOf(JacksonException e) {
    String path = e.getPathReference();
    return path == null || path.isEmpty() || e.getPath().isEmpty() ? "" : " (at " + path(e) + ")";
  }

  /** {@code (in hosts.esx01)}: the path of the mapping that holds the key. */
  private static String where(JacksonException e) {
    String parent = path(e.getPath().subList(0, Math.max(0, e.getPath().size() - 1)));
    return parent.isEmpty() ? "" : " (in " + parent + ")";
  }

  /** The path as {@code hosts.esx01.devices[2]}, without the DTO class names Jackson adds. */
  private static String path(JacksonException e) {
    return path(e.getPath());
  }

  private static String path(List<JacksonException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String known(UnrecognizedPropertyException e) {
    StringBuilder b = new StringBuilder();
    for (Object k : e.getKnownPropertyIds()) {
      b.append(b.length() == 0 ? "" : ", ").append(k);
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unreadable YAML";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
