package dev.vmdp.io.vmx;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciFormatException;
import dev.vmdp.model.pci.PciId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads typed values from the entries a document uses, recording where each came from and
 * reporting a value that does not read as its type as VMDP606 (the value then stays absent).
 */
final class TypedValues {
  private final VmxDocument doc;
  private final String file;
  private final Map<String, Integer> used;
  private final Map<String, SourceRef> sources = new LinkedHashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  /**
   * @param doc the document
   * @param used the 0-based line of the entry each key (ASCII lower case) reads from
   */
  TypedValues(VmxDocument doc, Map<String, Integer> used) {
    this.doc = doc;
    this.file = doc.fileName();
    this.used = used;
  }

  Map<String, SourceRef> sources() {
    return sources;
  }

  List<Diagnostic> problems() {
    return problems;
  }

  boolean has(String key) {
    return used.containsKey(VmxDocument.asciiLower(key));
  }

  /** The decoded value of a key, or empty when absent; records the key's source. */
  Optional<String> text(String key) {
    VmxEntry e = entry(key);
    return e == null ? Optional.empty() : Optional.of(e.value());
  }

  Optional<Boolean> bool(String key) {
    VmxEntry e = entry(key);
    if (e == null) {
      return Optional.empty();
    }
    String v = e.value().strip();
    if (v.equalsIgnoreCase("TRUE")) {
      return Optional.of(true);
    }
    if (v.equalsIgnoreCase("FALSE")) {
      return Optional.of(false);
    }
    bad(e, "is not TRUE or FALSE");
    return Optional.empty();
  }

  OptionalLong number(String key, long min, long max) {
    VmxEntry e = entry(key);
    if (e == null) {
      return OptionalLong.empty();
    }
    String v = e.value().strip();
    if (!v.matches("-?[0-9]{1,18}")) {
      bad(e, "is not a decimal number");
      return OptionalLong.empty();
    }
    long n = Long.parseLong(v);
    if (n < min || n > max) {
      bad(e, "is out of range (" + min + ".." + max + ")");
      return OptionalLong.empty();
    }
    return OptionalLong.of(n);
  }

  OptionalInt integer(String key, int min, int max) {
    OptionalLong n = number(key, min, max);
    return n.isPresent() ? OptionalInt.of((int) n.getAsLong()) : OptionalInt.empty();
  }

  /** {@code memsize}: a number of MB that must be a multiple of 4. */
  OptionalLong memorySize(String key) {
    OptionalLong n = number(key, 0, Long.MAX_VALUE);
    if (n.isPresent() && n.getAsLong() % 4 != 0) {
      bad(entry(key), "is not a multiple of 4 (MB)");
      return OptionalLong.empty();
    }
    return n;
  }

  /** A 16-bit hex PCI id, bare ({@code 12ab}) or {@code 0x}-prefixed. */
  OptionalInt hex16(String key) {
    VmxEntry e = entry(key);
    if (e == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(PciId.parseHex16(e.value()));
    } catch (PciFormatException ex) {
      bad(e, "is not a 16-bit hex PCI id (want 0x10de or 10de)");
      return OptionalInt.empty();
    }
  }

  /**
   * A list of {@code vendor:device} pairs ({@code 0x10de:0x20f1}), separated by commas, semicolons
   * or blanks; the whole list stays absent when one pair is malformed.
   */
  Optional<List<PciId>> pciIds(String key) {
    VmxEntry e = entry(key);
    if (e == null) {
      return Optional.empty();
    }
    List<PciId> out = new ArrayList<>();
    for (String part : e.value().strip().split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        out.add(PciId.parse(part));
      } catch (PciFormatException ex) {
        bad(e, "is not a list of PCI vendor:device ids (want 0x10de:0x20f1): '" + part + "'");
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  private VmxEntry entry(String key) {
    String lower = VmxDocument.asciiLower(key);
    Integer at = used.get(lower);
    if (at == null) {
      return null;
    }
    VmxEntry e = doc.entryAt(at);
    sources.put(lower.toLowerCase(Locale.ROOT), SourceRef.of(file, e.lineNumber()));
    return e;
  }

  private void bad(VmxEntry e, String what) {
    problems.add(Diagnostic.builder().ruleId("VMDP606").severity(Severity.ERROR)
        .message(e.key() + " value \"" + VmxEdits.printable(e.value()) + "\" " + what)
        .location(SourceRef.of(file, e.lineNumber(), valueColumn(e)))
        .build());
  }

  /** The 1-based column of the value (its opening quote when quoted). */
  static int valueColumn(VmxEntry e) {
    byte[] raw = e.raw();
    int i = 0;
    while (i < raw.length && raw[i] != '=') {
      i++;
    }
    i++;
    while (i < raw.length && (raw[i] == ' ' || raw[i] == '\t')) {
      i++;
    }
    return Math.min(i, raw.length) + 1;
  }
}
