package dev.vmdp.model.host;

import java.util.Locale;
import java.util.Optional;

/**
 * passthru.map's fourth field: whether the functions of one device may go to different owners.
 * {@code true} and {@code default} mean the same.
 */
public enum FptShareable {
  /** {@code true}: functions may be split between owners. */
  TRUE("true"),
  /** {@code default}: same meaning as {@code true}. */
  DEFAULT("default"),
  /** {@code false}: all functions of the device must go to one owner. */
  FALSE("false");

  private final String token;

  FptShareable(String token) {
    this.token = token;
  }

  /** The word passthru.map uses. */
  public String token() {
    return token;
  }

  /** True unless the value is {@code false}. */
  public boolean shareable() {
    return this != FALSE;
  }

  /**
   * The value for a passthru.map word, ignoring case.
   *
   * @param token the word
   * @return the value, or empty for an unknown word (such as the typo {@code fasle})
   */
  public static Optional<FptShareable> fromToken(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    for (FptShareable s : values()) {
      if (s.token.equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The passthru.map word. */
  @Override
  public String toString() {
    return token;
  }
}
