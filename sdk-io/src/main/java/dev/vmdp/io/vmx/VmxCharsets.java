package dev.vmdp.io.vmx;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Maps {@code .encoding} values (VMware uses ICU converter names) to Java charsets. */
final class VmxCharsets {
  /** ICU names VMware writes that Java knows under another name. */
  private static final Map<String, String> ALIASES = Map.of(
      "windows-949-2000", "x-windows-949",
      "windows-949", "x-windows-949",
      "ibm-943_p15a-2003", "windows-31j",
      "ibm-5471_p100-1999", "Big5-HKSCS");
  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();
  private static final Object UNKNOWN = new Object();

  private VmxCharsets() {}

  /** The charset for an {@code .encoding} value, or null when Java does not know it. */
  static Charset forName(String name) {
    if (name.equalsIgnoreCase("UTF-8")) {
      return StandardCharsets.UTF_8;
    }
    Object cs = CACHE.computeIfAbsent(name, VmxCharsets::lookUp);
    return cs instanceof Charset c ? c : null;
  }

  private static Object lookUp(String name) {
    String javaName = ALIASES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    try {
      Charset cs = Charset.forName(javaName);
      return isAsciiCompatible(cs) ? cs : UNKNOWN;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return UNKNOWN;
    }
  }

  /** A .vmx file is parsed as ASCII bytes; an encoding that is not ASCII-compatible cannot apply. */
  private static boolean isAsciiCompatible(Charset cs) {
    if (!cs.canEncode()) {
      return false;
    }
    String probe = " \"#=|azAZ09._-:/\\";
    return java.util.Arrays.equals(
        probe.getBytes(cs), probe.getBytes(StandardCharsets.US_ASCII));
  }
}
