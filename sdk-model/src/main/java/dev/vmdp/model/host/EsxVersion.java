package dev.vmdp.model.host;

import dev.vmdp.model.VmdpException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ESX/ESXi product version with its update level, ordered as the products were released:
 * {@code 4.0 < 4.1 < 6.7 < 6.7U2 < 7.0 < 7.0U3 < 8.0U2 < 9.0}.
 *
 * <p>It parses the ways people and tools write versions: {@code 6.7}, {@code 6.7U2},
 * {@code 6.7 U2}, {@code 7.0 Update 3}, {@code 8.0.2} (the third number is the update level, as
 * {@code vmware -v} prints it), {@code 6.7.0}, optionally after {@code ESX}, {@code ESXi},
 * {@code VMware ESXi} or {@code VCF} and before {@code build-NNN}.
 *
 * <pre>{@code
 * EsxVersion v = EsxVersion.parse("7.0 Update 3");
 * v.toString();                          // "7.0U3"
 * v.isAtLeast(EsxVersion.ESX_7_0);       // true
 * }</pre>
 */
public final class EsxVersion implements Comparable<EsxVersion> {
  /** The text forms of a version; compiled when the first text is read, not at every start. */
  private static final class Form {
    static final Pattern FORM = Pattern.compile(
        "(?i)(?:vmware\\s+)?(?:esxi?\\s*|vcf\\s*)?"
            + "(\\d{1,2})\\.(\\d{1,2})(?:(?:\\.(\\d{1,2}))|(?:\\s*(?:u|update)\\s*(\\d{1,2})))?"
            + "(?:\\s*,?\\s*build[-\\s]?\\d+)?");

    private Form() {}
  }

  /** ESX 3.5: no VMDirectPath. */
  public static final EsxVersion ESX_3_5 = of(3, 5);
  /** ESX 4.0: the first with VMDirectPath; the guide's world. */
  public static final EsxVersion ESX_4_0 = of(4, 0);
  /** ESX 4.1. */
  public static final EsxVersion ESX_4_1 = of(4, 1);
  /** ESXi 5.0. */
  public static final EsxVersion ESX_5_0 = of(5, 0);
  /** ESXi 5.1. */
  public static final EsxVersion ESX_5_1 = of(5, 1);
  /** ESXi 5.5. */
  public static final EsxVersion ESX_5_5 = of(5, 5);
  /** ESXi 6.0. */
  public static final EsxVersion ESX_6_0 = of(6, 0);
  /** ESXi 6.5. */
  public static final EsxVersion ESX_6_5 = of(6, 5);
  /** ESXi 6.7. */
  public static final EsxVersion ESX_6_7 = of(6, 7);
  /** ESXi 6.7 Update 2. */
  public static final EsxVersion ESX_6_7_U2 = of(6, 7, 2);
  /** ESXi 7.0. */
  public static final EsxVersion ESX_7_0 = of(7, 0);
  /** ESXi 7.0 Update 1. */
  public static final EsxVersion ESX_7_0_U1 = of(7, 0, 1);
  /** ESXi 7.0 Update 2. */
  public static final EsxVersion ESX_7_0_U2 = of(7, 0, 2);
  /** ESXi 7.0 Update 3. */
  public static final EsxVersion ESX_7_0_U3 = of(7, 0, 3);
  /** ESXi 8.0. */
  public static final EsxVersion ESX_8_0 = of(8, 0);
  /** ESXi 8.0 Update 1. */
  public static final EsxVersion ESX_8_0_U1 = of(8, 0, 1);
  /** ESXi 8.0 Update 2. */
  public static final EsxVersion ESX_8_0_U2 = of(8, 0, 2);
  /** VCF 9.0 (ESX 9.0). */
  public static final EsxVersion ESX_9_0 = of(9, 0);

  private final int major;
  private final int minor;
  private final int update;

  private EsxVersion(int major, int minor, int update) {
    if (major < 1 || major > 99) {
      throw new IllegalArgumentException("EsxVersion major must be 1..99, was " + major);
    }
    if (minor < 0 || minor > 99) {
      throw new IllegalArgumentException("EsxVersion minor must be 0..99, was " + minor);
    }
    if (update < 0 || update > 99) {
      throw new IllegalArgumentException("EsxVersion update must be 0..99, was " + update);
    }
    this.major = major;
    this.minor = minor;
    this.update = update;
  }

  /**
   * The version {@code major.minor}, no update.
   *
   * @param major 1..99
   * @param minor 0..99
   * @return the version
   */
  public static EsxVersion of(int major, int minor) {
    return new EsxVersion(major, minor, 0);
  }

  /**
   * The version {@code major.minor} Update {@code update}.
   *
   * @param major 1..99
   * @param minor 0..99
   * @param update 0..99 (0 = the initial release)
   * @return the version
   * @throws IllegalArgumentException naming the field and value when one is out of range
   */
  public static EsxVersion of(int major, int minor, int update) {
    return new EsxVersion(major, minor, update);
  }

  /**
   * Parses a version ({@code 4.0}, {@code 6.7U2}, {@code 6.7 U2}, {@code 7.0 Update 3},
   * {@code 8.0.2}, {@code 6.7.0}, {@code VMware ESXi 7.0.3 build-19193900}), ignoring case and
   * surrounding blanks.
   *
   * @param text the version
   * @return the version
   * @throws VmdpException naming the text when it is no ESX version
   */
  public static EsxVersion parse(String text) {
    Objects.requireNonNull(text, "ESX version text");
    Matcher m = Form.FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new VmdpException("not an ESX version (want e.g. 4.0, 6.7U2, 7.0 Update 3, 8.0.2): '" + text + "'");
    }
    String up = m.group(3) != null ? m.group(3) : m.group(4);
    try {
      return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), up == null ? 0 : Integer.parseInt(up));
    } catch (IllegalArgumentException e) {
      throw new VmdpException("not an ESX version: '" + text + "' (" + e.getMessage() + ")", e);
    }
  }

  /** The major version (4 for ESX 4.1). */
  public int major() {
    return major;
  }

  /** The minor version (1 for ESX 4.1). */
  public int minor() {
    return minor;
  }

  /** The update level, 0 for the initial release (3 for 7.0 Update 3). */
  public int update() {
    return update;
  }

  /** True when this version is {@code other} or later. */
  public boolean isAtLeast(EsxVersion other) {
    return compareTo(other) >= 0;
  }

  /** True when this version is older than {@code other}. */
  public boolean isBefore(EsxVersion other) {
    return compareTo(other) < 0;
  }

  /** This version without its update level ({@code 7.0} for {@code 7.0U3}). */
  public EsxVersion release() {
    return update == 0 ? this : of(major, minor);
  }

  /** Orders by major, minor, then update. */
  @Override
  public int compareTo(EsxVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(update, o.update);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EsxVersion v && v.major == major && v.minor == minor && v.update == update;
  }

  @Override
  public int hashCode() {
    return (major * 100 + minor) * 100 + update;
  }

  /** {@code 7.0U3}, or {@code 4.0} for an initial release. */
  @Override
  public String toString() {
    return update == 0 ? major + "." + minor : major + "." + minor + "U" + update;
  }

  /** {@code 7.0 Update 3}, or {@code 4.0} for an initial release: the way VMware's documents write it. */
  public String toLongString() {
    return update == 0 ? major + "." + minor : major + "." + minor + " Update " + update;
  }
}
