package dev.vmdp.report;

import dev.vmdp.rules.catalogue.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool that wrote a report, as JSON and SARIF name it: {@code vmdp}, its version, its home page
 * and the page of each rule.
 *
 * <pre>{@code
 * Tool.version();                   // "0.1.0-SNAPSHOT"
 * Tool.helpUri("VMDP305");          // https://github.com/vmdp/vmdp/blob/main/docs/rules/VMDP305.md
 * }</pre>
 */
public final class Tool {
  /** The tool's name. */
  public static final String NAME = "vmdp";

  /** The version of the JSON object {@code --format json} writes; raised when a key changes meaning or goes. */
  public static final int JSON_SCHEMA = 1;

  private static final Properties PROPERTIES = load();

  private Tool() {}

  /** The version of this build (the Maven project version), or {@code unknown} outside a build. */
  public static String version() {
    return PROPERTIES.getProperty("version", "unknown");
  }

  /** The project's home page (the repository). */
  public static String informationUri() {
    return PROPERTIES.getProperty("repository", "https://github.com/vmdp/vmdp");
  }

  /**
   * The documentation page of a catalogue rule: {@code docs/rules/VMDPnnn.md} in the repository.
   *
   * @param ruleId a catalogue ID such as {@code VMDP305} (any case)
   * @return the page's address
   * @throws dev.vmdp.model.VmdpException when the text is not a catalogue ID's form
   */
  public static String helpUri(String ruleId) {
    return informationUri() + "/blob/main/docs/rules/" + RuleId.parse(ruleId) + ".md";
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the vmdp build properties", e);
    }
    return p;
  }
}
