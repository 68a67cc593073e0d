package dev.vmdp.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code # BUG: VMDPnnn} marker lines of a test file. */
final class Markers {
  private static final Pattern MARKER = Pattern.compile("^[ \\t]*#[ \\t]*BUG:[ \\t]*((?:VMDP[0-9]{3}[ \\t,]*)+)$");
  private static final Pattern ID = Pattern.compile("VMDP[0-9]{3}");

  private Markers() {}

  /** One expected finding: its rule and the 1-based line it must point at. */
  record Marker(String ruleId, int line) {}

  /** The markers of a file, each standing for the next line that is not a marker. */
  static List<Marker> of(byte[] bytes) {
    String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n|\n|\r", -1);
    // After a final terminator the split leaves an empty string, which is no line of the file.
    int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
    List<Marker> out = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        Matcher id = ID.matcher(m.group(1));
        while (id.find()) {
          pending.add(id.group());
        }
        continue;
      }
      for (String p : pending) {
        out.add(new Marker(p, i + 1));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException("a # BUG: marker for " + pending + " ends the file: it must precede a line");
    }
    return out;
  }

  /** Whether findings in this file are compared with markers: the .vmx and passthru.map texts. */
  static boolean markable(String file, Map<String, byte[]> files) {
    return files.containsKey(file) && (file.toLowerCase(java.util.Locale.ROOT).endsWith(".vmx")
        || file.toLowerCase(java.util.Locale.ROOT).endsWith(".map") || !of(files.get(file)).isEmpty());
  }
}
