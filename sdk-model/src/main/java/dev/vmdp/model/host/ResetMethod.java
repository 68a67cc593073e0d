package dev.vmdp.model.host;

import java.util.Locale;
import java.util.Optional;

/**
 * How the host resets a PCI function before and after a VM uses it (passthru.map's third field,
 * esxcli's {@code Reset Method}).
 */
public enum ResetMethod {
  /** Function level reset: resets one function. */
  FLR("flr", true),
  /** Power state D3hot to D0: resets one function when the device advertises NoSoftRst-. */
  D3D0("d3d0", true),
  /** Link reset: resets everything below the PCIe port above the device. */
  LINK("link", false),
  /** Secondary bus reset: resets every function on the buses below the parent bridge. */
  BRIDGE("bridge", false),
  /** Let the host choose (FLR if supported, else link, else bridge). */
  DEFAULT("default", false);

  private final String token;
  private final boolean functionScoped;

  ResetMethod(String token, boolean functionScoped) {
    this.token = token;
    this.functionScoped = functionScoped;
  }

  /** The word passthru.map uses: {@code flr}, {@code d3d0}, {@code link}, {@code bridge}, {@code default}. */
  public String token() {
    return token;
  }

  /** True when the reset touches only the function itself ({@code flr}, {@code d3d0}). */
  public boolean functionScoped() {
    return functionScoped;
  }

  /**
   * The method for a passthru.map word, ignoring case.
   *
   * @param token the word
   * @return the method, or empty for an unknown word
   */
  public static Optional<ResetMethod> fromToken(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    for (ResetMethod m : values()) {
      if (m.token.equals(t)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The method named by esxcli's {@code Reset Method} line ({@code Function reset},
   * {@code Link reset}, {@code Bridge reset}) or by a passthru.map word, ignoring case.
   *
   * @param text the value
   * @return the method, or empty for any other text
   */
  public static Optional<ResetMethod> fromEsxcli(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (t) {
      case "function reset" -> Optional.of(FLR);
      case "link reset" -> Optional.of(LINK);
      case "bridge reset" -> Optional.of(BRIDGE);
      case "d3d0 reset", "d3 reset" -> Optional.of(D3D0);
      default -> fromToken(t);
    };
  }

  /** The passthru.map word. */
  @Override
  public String toString() {
    return token;
  }
}
