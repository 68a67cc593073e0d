package dev.vmdp.model.pci;

import dev.vmdp.model.VmdpStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A function's Access Control Services: whether it has the ACS capability and which controls are
 * on ({@code ACSCtl: SrcValid+ TransBlk- ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl- DirectTrans-}).
 *
 * <p>A switch port without ACS may let devices below it talk to each other without the IOMMU
 * seeing it (KB 1036811, rule VMDP208). A control that was not shown stays unknown. As in Linux,
 * a feature the port does not implement ({@link #implemented()}, lspci's {@code ACSCap:} line)
 * counts as enabled: it has nothing to redirect.
 *
 * <pre>{@code
 * Acs acs = Acs.builder().capable(true).sourceValidation(true).requestRedirect(true)
 *     .completionRedirect(true).upstreamForwarding(true).build();
 * acs.enabled();   // Optional[true]
 * Acs.notCapable().enabled();   // Optional[false]
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class Acs {
  private static final List<AcsFlag> REQUIRED = List.of(AcsFlag.SOURCE_VALIDATION, AcsFlag.REQUEST_REDIRECT,
      AcsFlag.COMPLETION_REDIRECT, AcsFlag.UPSTREAM_FORWARDING);

  /** True when the function has the ACS capability; false when its capabilities show none. */
  public abstract boolean capable();

  /** ACSCtl {@code SrcValid}: source validation on. */
  public abstract Optional<Boolean> sourceValidation();

  /** ACSCtl {@code TransBlk}: translation blocking on. */
  public abstract Optional<Boolean> translationBlocking();

  /** ACSCtl {@code ReqRedir}: peer-to-peer request redirect on. */
  public abstract Optional<Boolean> requestRedirect();

  /** ACSCtl {@code CmpltRedir}: peer-to-peer completion redirect on. */
  public abstract Optional<Boolean> completionRedirect();

  /** ACSCtl {@code UpstreamFwd}: upstream forwarding on. */
  public abstract Optional<Boolean> upstreamForwarding();

  /** ACSCtl {@code EgressCtrl}: egress control on. */
  public abstract Optional<Boolean> egressControl();

  /** ACSCtl {@code DirectTrans}: direct translated peer-to-peer on. */
  public abstract Optional<Boolean> directTranslated();

  /**
   * The features the capability implements (the {@code +} flags of {@code ACSCap:}); empty when
   * {@code ACSCap:} was not shown, in which case every feature counts as implemented.
   */
  public abstract Set<AcsFlag> implemented();

  /** The control for one feature, or empty when it was not shown. */
  public Optional<Boolean> control(AcsFlag flag) {
    return switch (flag) {
      case SOURCE_VALIDATION -> sourceValidation();
      case TRANSLATION_BLOCKING -> translationBlocking();
      case REQUEST_REDIRECT -> requestRedirect();
      case COMPLETION_REDIRECT -> completionRedirect();
      case UPSTREAM_FORWARDING -> upstreamForwarding();
      case EGRESS_CONTROL -> egressControl();
      default -> directTranslated();
    };
  }

  /**
   * Whether ACS isolates what is below: true when the capability is present and source validation,
   * request redirect, completion redirect and upstream forwarding are each on or absent from the port
   * (the set Linux requires of a port); false when the capability is absent or one of them is
   * implemented and known off; empty when the capability is present but one of them was not shown
   * and none is known off.
   */
  public Optional<Boolean> enabled() {
    if (!capable()) {
      return Optional.of(false);
    }
    boolean unknown = false;
    for (AcsFlag f : REQUIRED) {
      if (!implemented().isEmpty() && !implemented().contains(f)) {
        continue;
      }
      Optional<Boolean> on = control(f);
      if (on.isEmpty()) {
        unknown = true;
      } else if (!on.get()) {
        return Optional.of(false);
      }
    }
    return unknown ? Optional.empty() : Optional.of(true);
  }

  @Value.Check
  void check() {
    if (!capable()) {
      List<Optional<Boolean>> all = List.of(sourceValidation(), translationBlocking(), requestRedirect(),
          completionRedirect(), upstreamForwarding(), egressControl(), directTranslated());
      if (all.stream().anyMatch(f -> f.orElse(false)) || !implemented().isEmpty()) {
        throw new IllegalStateException("Acs controls cannot be on when capable is false, was " + this);
      }
    }
  }

  /** A function whose capabilities show no ACS capability. */
  public static Acs notCapable() {
    return builder().capable(false).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Acs} values. */
  public static final class Builder extends ImmutableAcs.Builder {}
}
