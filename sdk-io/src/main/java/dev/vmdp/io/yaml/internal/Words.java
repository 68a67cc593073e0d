package dev.vmdp.io.yaml.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Enum values as people write them: any case, with or without blanks, dashes or underscores. */
final class Words {
  private Words() {}

  /** {@code Root Port}, {@code root-port} and {@code ROOT_PORT} all become {@code rootport}. */
  static String normalize(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  /**
   * The enum constant whose name, or one of the extra spellings, matches the text.
   *
   * @param text what the user wrote
   * @param type the enum
   * @param extra more spellings (already normalized) and their constants
   * @param also a second name per constant (for example lspci's words), or null
   * @return the constant, or empty when nothing matches
   */
  static <E extends Enum<E>> Optional<E> parse(String text, Class<E> type, Map<String, E> extra,
      Function<E, String> also) {
    String t = normalize(text);
    if (extra.containsKey(t)) {
      return Optional.of(extra.get(t));
    }
    for (E e : type.getEnumConstants()) {
      if (normalize(e.name()).equals(t) || (also != null && normalize(also.apply(e)).equals(t))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The constants as the inventory documents them: {@code root-port, downstream-port}. */
  static <E extends Enum<E>> String choices(Class<E> type) {
    StringBuilder b = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      b.append(b.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return b.toString();
  }
}
