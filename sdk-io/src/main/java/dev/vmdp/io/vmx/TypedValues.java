package dev.vmdp.io.vmx;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceMap;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciFormatException;
import dev.vmdp.model.pci.PciId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed values from the entries a document uses, recording where each came from and
 * reporting a value that does not read as its type as VMDP606 (the value then stays absent).
 */
final class TypedValues {
  /** What separates the pairs of a list of PCI ids: commas, semicolons and blanks. */
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");
  /**
   * The ASCII lower case of each key the binding asks for, one shared instance per spelling: the
   * binding asks for the same few hundred keys in every file (their block keys are made once per
   * number), and the lower-case key is both the lookup and the source key a bound VM keeps.
   * Interned, as {@link LowerKeys} interns the keys it reads, so that a lookup in
   * {@link KeyLines} finds the same instance.
   */
  private static final BoundedCache<String, String> LOWER = new BoundedCache<>(4096);
  /** Values that many VMs repeat ({@link #sharedText}). */
  private static final BoundedCache<String, String> SHARED = new BoundedCache<>(8192);

  private final VmxDocument doc;
  private final String file;
  private final KeyLines keys;
  private final SourceMap.Builder sources;
  private final List<Diagnostic> problems = new ArrayList<>();

  /**
   * @param doc the document
   * @param keys the document's keys: the line each key (ASCII lower case) reads from
   */
  TypedValues(VmxDocument doc, KeyLines keys) {
    this.doc = doc;
    this.file = doc.fileName();
    this.keys = keys;
    // The binding reads a few dozen keys of a file (45 of about 150 in a realistic ESXi file):
    // room for them, so that arrays are seldom copied, and for no more.
    this.sources = SourceMap.builder(Math.min(keys.size(), 64));
  }

  SourceMap sources() {
    return sources.build();
  }

  List<Diagnostic> problems() {
    return problems;
  }

  boolean has(String key) {
    return keys.line(lower(key)) >= 0;
  }

  /** The decoded value of a key, or empty when absent; records the key's source. */
  Optional<String> text(String key) {
    int e = entry(key);
    return e < 0 ? Optional.empty() : Optional.of(value(e));
  }

  /**
   * {@link #text}, as one instance for every VM with the same value: for the values that name the
   * host's devices (an address, a system ID, a vGPU profile), which a fleet check keeps for every
   * VM with passthrough.
   */
  Optional<String> sharedText(String key) {
    int e = entry(key);
    return e < 0 ? Optional.empty() : Optional.of(SHARED.get(value(e), Function.identity()));
  }

  Optional<Boolean> bool(String key) {
    int e = entry(key);
    if (e < 0) {
      return Optional.empty();
    }
    String v = value(e).strip();
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
    int e = entry(key);
    if (e < 0) {
      return OptionalLong.empty();
    }
    String v = value(e).strip();
    if (!isDecimal(v)) {
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

  /** Whether a text is {@code -?[0-9]{1,18}} (checked without a regex: this runs for every number read). */
  static boolean isDecimal(String v) {
    int start = v.startsWith("-") ? 1 : 0;
    int digits = v.length() - start;
    if (digits < 1 || digits > 18) {
      return false;
    }
    for (int i = start; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
    int e = entry(key);
    if (e < 0) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(PciId.parseHex16(value(e)));
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
    int e = entry(key);
    if (e < 0) {
      return Optional.empty();
    }
    List<PciId> out = new ArrayList<>();
    for (String part : LIST_SEPARATORS.split(value(e).strip(), -1)) {
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

  /**
   * The 0-based line of the entry a key reads from, or -1 when absent; records the key's source.
   * Works on the line records: a line object is made only to report a bad value.
   */
  private int entry(String key) {
    // The binding asks only for ASCII keys, so asciiLower is the whole of lower-casing here.
    String lower = lower(key);
    int at = keys.line(lower);
    if (at < 0) {
      return -1;
    }
    // A shared instance: a fleet of bound VMs holds dozens of source keys per VM, nearly all the
    // same few hundred texts.
    sources.put(lower, file, at + 1);
    return at;
  }

  private static String lower(String key) {
    return LOWER.get(key, k -> VmxDocument.asciiLower(k).intern());
  }

  /** The decoded value of the entry at a 0-based line. */
  private String value(int at) {
    return doc.decodeValueAt(at);
  }

  private void bad(int at, String what) {
    VmxEntry e = doc.entryAt(at);
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
