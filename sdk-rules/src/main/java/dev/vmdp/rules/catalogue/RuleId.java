package dev.vmdp.rules.catalogue;

import dev.vmdp.model.VmdpException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable rule ID: {@code VMDP} followed by three digits whose hundreds digit (1 to 7) names the
 * {@link Category}.
 *
 * <p>Parsing ignores case and surrounding blanks; an ID always prints in upper case.
 *
 * <pre>{@code
 * RuleId id = RuleId.parse("vmdp305");
 * id.toString();   // "VMDP305"
 * id.category();   // Category.VM
 * }</pre>
 *
 * <p>A parsed ID is well formed; whether the catalogue knows it is {@link RuleCatalogue}'s
 * question.
 */
public final class RuleId implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("VMDP([0-9]{3})");

  private final int number;

  private RuleId(int number) {
    this.number = number;
  }

  /**
   * Parses an ID such as {@code VMDP305} or {@code vmdp305}.
   *
   * @param text the text to parse (null is rejected like any malformed text)
   * @return the ID
   * @throws VmdpException when the text is not {@code VMDP} and three digits with a hundreds digit
   *     of 1 to 7; the message names the text
   */
  public static RuleId parse(String text) {
    if (text == null) {
      throw new VmdpException("malformed rule ID: null (expected VMDP and three digits, e.g. VMDP305)");
    }
    Matcher m = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new VmdpException(
          "malformed rule ID '" + text + "' (expected VMDP and three digits, e.g. VMDP305)");
    }
    int number = Integer.parseInt(m.group(1));
    int digit = number / 100;
    if (digit < 1 || digit > 7) {
      throw new VmdpException(
          "malformed rule ID '" + text + "' (the hundreds digit must be 1 to 7, e.g. VMDP305)");
    }
    return new RuleId(number);
  }

  /**
   * The ID with a given number.
   *
   * @param number 100 to 799
   * @return the ID
   * @throws VmdpException when the number is out of range
   */
  public static RuleId of(int number) {
    if (number < 100 || number > 799) {
      throw new VmdpException("malformed rule ID number " + number + " (must be 100 to 799)");
    }
    return new RuleId(number);
  }

  /** The three-digit number, for example 305. */
  public int number() {
    return number;
  }

  /** The category given by the hundreds digit. */
  public Category category() {
    return Category.ofNumber(number);
  }

  /** Orders IDs by number. */
  @Override
  public int compareTo(RuleId other) {
    return Integer.compare(number, other.number);
  }

  /** Two IDs are equal when their numbers are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleId other && number == other.number;
  }

  /** A hash of the number. */
  @Override
  public int hashCode() {
    return Integer.hashCode(number);
  }

  /** The ID in upper case, for example {@code VMDP305}. */
  @Override
  public String toString() {
    return "VMDP" + number;
  }
}
