package dev.vmdp.io.host.internal;

import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host's version from {@code vmware -v} ({@code VMware ESXi 7.0.3 build-19193900}),
 * {@code vmware -vl} (that line and {@code VMware ESXi 7.0 Update 3}) or
 * {@code esxcli system version get} ({@code Product: VMware ESXi}, {@code Version: 7.0.3},
 * {@code Update: 3}), as a vm-support bundle keeps them in {@code commands/}.
 *
 * @param version the version
 * @param source where it was read
 */
public record VersionOutput(EsxVersion version, SourceRef source) {
  private static final Pattern V = Pattern.compile("^VMware ESXi? (\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?)(?:\\s.*)?$");
  private static final Pattern FIELD = Pattern.compile("^\\s*(Version|Update):\\s*(\\S+)\\s*$");

  /**
   * Reads the version.
   *
   * @param lines the output's lines
   * @param fileName the file as the user named it
   * @return the version and its line
   * @throws VmdpException at the first line when no line gives a version
   */
  public static VersionOutput parse(List<String> lines, String fileName) {
    TextFormats.refuseOther(lines, fileName, TextFormats.Format.VERSION, "not vmware -v output");
    String version = null;
    String update = null;
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      Matcher v = V.matcher(lines.get(i).strip());
      if (v.matches()) {
        return new VersionOutput(EsxVersion.parse(v.group(1)), SourceRef.of(fileName, i + 1));
      }
      Matcher f = FIELD.matcher(lines.get(i));
      if (f.matches()) {
        if (f.group(1).equals("Version")) {
          version = f.group(2);
          at = i;
        } else {
          update = f.group(2);
        }
      }
    }
    if (version != null) {
      try {
        EsxVersion parsed = EsxVersion.parse(version);
        if (update != null && !update.equals("0") && version.chars().filter(c -> c == '.').count() < 2) {
          parsed = EsxVersion.parse(version + "U" + update);
        }
        return new VersionOutput(parsed, SourceRef.of(fileName, at + 1));
      } catch (VmdpException e) {
        throw TextFormats.refusal(fileName, lines, at, "not a version: " + e.detail());
      }
    }
    throw TextFormats.refusal(fileName, lines, 0, "not vmware -v output: no line such as 'VMware ESXi 7.0.3 "
        + "build-19193900' or 'Version: 7.0.3'");
  }
}
