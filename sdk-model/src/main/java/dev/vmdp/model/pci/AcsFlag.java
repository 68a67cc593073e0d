package dev.vmdp.model.pci;

import java.util.Optional;

/** One Access Control Services feature, named as lspci names it in {@code ACSCap:} and {@code ACSCtl:}. */
public enum AcsFlag {
  /** {@code SrcValid}: source validation. */
  SOURCE_VALIDATION("SrcValid"),
  /** {@code TransBlk}: translation blocking. */
  TRANSLATION_BLOCKING("TransBlk"),
  /** {@code ReqRedir}: peer-to-peer request redirect. */
  REQUEST_REDIRECT("ReqRedir"),
  /** {@code CmpltRedir}: peer-to-peer completion redirect. */
  COMPLETION_REDIRECT("CmpltRedir"),
  /** {@code UpstreamFwd}: upstream forwarding. */
  UPSTREAM_FORWARDING("UpstreamFwd"),
  /** {@code EgressCtrl}: egress control. */
  EGRESS_CONTROL("EgressCtrl"),
  /** {@code DirectTrans}: direct translated peer-to-peer. */
  DIRECT_TRANSLATED("DirectTrans");

  private final String lspciName;

  AcsFlag(String lspciName) {
    this.lspciName = lspciName;
  }

  /** The word lspci prints ({@code SrcValid}). */
  public String lspciName() {
    return lspciName;
  }

  /**
   * The flag lspci names with this word, ignoring case.
   *
   * @param word the word without its {@code +}/{@code -} ({@code ReqRedir})
   * @return the flag, or empty for any other word
   */
  public static Optional<AcsFlag> fromLspci(String word) {
    for (AcsFlag f : values()) {
      if (f.lspciName.equalsIgnoreCase(word.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
