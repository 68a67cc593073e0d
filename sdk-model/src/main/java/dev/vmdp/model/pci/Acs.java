package dev.vmdp.model.pci;

import dev.vmdp.model.VmdpStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A function's Access Control Services: whether it has the ACS capability and which controls are
 * on ({@code ACSCtl: SrcValid+ TransBlk- ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl- DirectTrans-}).
 *
 * <p>A switch port without ACS may let devices below it talk to each other without the IOMMU
 * seeing it (KB 1036811, rule VMDP208). A control that was not shown stays unknown.
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
   * Whether ACS isolates what is below: true when the capability is present and source validation,
   * request redirect, completion redirect and upstream forwarding are all on (the set Linux requires
   * of a port); false when the capability is absent or one of them is known off; empty when the
   * capability is present but one of them was not shown and none is known off.
   */
  public Optional<Boolean> enabled() {
    if (!capable()) {
      return Optional.of(false);
    }
    List<Optional<Boolean>> required =
        List.of(sourceValidation(), requestRedirect(), completionRedirect(), upstreamForwarding());
    if (required.stream().anyMatch(f -> f.isPresent() && !f.get())) {
      return Optional.of(false);
    }
    return required.stream().allMatch(Optional::isPresent) ? Optional.of(true) : Optional.empty();
  }

  @Value.Check
  void check() {
    if (!capable()) {
      List<Optional<Boolean>> all = List.of(sourceValidation(), translationBlocking(), requestRedirect(),
          completionRedirect(), upstreamForwarding(), egressControl(), directTranslated());
      if (all.stream().anyMatch(f -> f.orElse(false))) {
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
