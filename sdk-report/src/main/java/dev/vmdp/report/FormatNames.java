package dev.vmdp.report;

import dev.vmdp.model.VmdpException;
import java.util.Locale;

/** Format names as the command line spells them: lower case, read in any case. */
final class FormatNames {
  private FormatNames() {}

  /** The constant whose name is {@code name} in any case, or a {@link VmdpException} listing them. */
  static <E extends Enum<E>> E parse(E[] values, String name, String what) {
    String wanted = name == null ? "" : name.strip();
    StringBuilder known = new StringBuilder();
    for (E e : values) {
      if (e.name().equalsIgnoreCase(wanted)) {
        return e;
      }
      known.append(known.length() == 0 ? "" : ", ").append(spelled(e));
    }
    int last = known.lastIndexOf(", ");
    String list = last < 0 ? known.toString() : known.substring(0, last) + " or " + known.substring(last + 2);
    throw new VmdpException("unknown " + what + " '" + name + "' (" + list + ")");
  }

  /** {@code sarif}. */
  static String spelled(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
