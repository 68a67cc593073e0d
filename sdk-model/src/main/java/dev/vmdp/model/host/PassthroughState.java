package dev.vmdp.model.host;

/**
 * A host function's passthrough state. Enabling or disabling passthrough takes effect only after
 * a host reboot, so the configured state and the active state can differ (vSphere:
 * {@code passthruEnabled} vs {@code passthruActive}).
 *
 * <pre>{@code
 * PassthroughState s = PassthroughState.fromOwners(Owner.PASSTHRU, Owner.VMKERNEL);
 * s;                   // ENABLED_PENDING_REBOOT
 * s.rebootPending();   // true
 * }</pre>
 */
public enum PassthroughState {
  /** Not configured and not active: the VMkernel owns the function. */
  DISABLED(false, false),
  /** Configured for passthrough, not active until the host reboots. */
  ENABLED_PENDING_REBOOT(true, false),
  /** Configured and active: VMs can use the function. */
  ACTIVE(true, true),
  /** Still active, but configured off: the VMkernel takes it back at the next reboot. */
  DISABLE_PENDING_REBOOT(false, true);

  private final boolean configured;
  private final boolean active;

  PassthroughState(boolean configured, boolean active) {
    this.configured = configured;
    this.active = active;
  }

  /** True when passthrough is configured (it will be active after the next reboot). */
  public boolean configured() {
    return configured;
  }

  /** True when passthrough is active now. */
  public boolean active() {
    return active;
  }

  /** True when the configured state differs from the active one. */
  public boolean rebootPending() {
    return configured != active;
  }

  /**
   * The state for a configured and an active flag.
   *
   * @param configured passthrough configured
   * @param active passthrough active
   * @return the state
   */
  public static PassthroughState of(boolean configured, boolean active) {
    if (configured) {
      return active ? ACTIVE : ENABLED_PENDING_REBOOT;
    }
    return active ? DISABLE_PENDING_REBOOT : DISABLED;
  }

  /**
   * The state for esxcli's {@code Configured Owner} and {@code Current Owner}.
   *
   * @param configured the configured owner
   * @param current the current owner
   * @return the state
   */
  public static PassthroughState fromOwners(Owner configured, Owner current) {
    return of(configured == Owner.PASSTHRU, current == Owner.PASSTHRU);
  }
}
