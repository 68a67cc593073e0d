package dev.vmdp.rules;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.Optional;

/**
 * What a rule sees: the host, the VMs to check against it, the knowledge base, and the host
 * version in effect (the host's own, or the one inferred from the VMs' virtual hardware, which
 * {@link #hostVersionAssumption()} explains).
 */
public final class CheckContext {
  private final Host host;
  private final List<VirtualMachine> vms;
  private final List<LogLine> logs;
  private final KnowledgeBase knowledge;
  private final EsxVersion hostVersion;
  private final String assumption;
  private final boolean guessed;
  private final Scope pass;
  private final int vmsChecked;
  /** Analyses derived from this check's model, made once for all the rules that need them. */
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();

  private CheckContext(Host host, List<VirtualMachine> vms, List<LogLine> logs, KnowledgeBase knowledge,
      EsxVersion hostVersion, String assumption, boolean guessed, Scope pass, int vmsChecked) {
    this.pass = pass;
    this.vmsChecked = vmsChecked;
    this.host = host;
    this.vms = vms;
    this.logs = logs;
    this.knowledge = knowledge;
    this.hostVersion = hostVersion;
    this.assumption = assumption;
    this.guessed = guessed;
  }

  /**
   * A context; when the host has no version, the oldest product that runs every VM's virtual
   * hardware is inferred; when no VM says either, ESX 4.0 (the guide's world) is guessed, and rules
   * that depend on the version must then raise no ERROR ({@link #hostVersionGuessed()}).
   *
   * @param host the host
   * @param vms the VMs
   * @param logs lines of vmware.log files to diagnose (empty when none)
   * @param knowledge the knowledge base
   * @return the context
   */
  public static CheckContext of(Host host, List<VirtualMachine> vms, List<LogLine> logs, KnowledgeBase knowledge) {
    return of(host, vms, logs, knowledge, null, maxHardwareVersion(vms), vms.size());
  }

  /**
   * A context for one pass of a streaming check: the version is inferred from the highest
   * {@code virtualHW.version} given (the fleet's, which the VMs of the pass may not all carry).
   *
   * @param host the host
   * @param vms the VMs of the pass
   * @param logs log lines (for the {@link Scope#ALL_VMS} pass)
   * @param knowledge the knowledge base
   * @param pass {@link Scope#EACH_VM} or {@link Scope#ALL_VMS}; null for a whole check
   * @param maxHardwareVersion the highest {@code virtualHW.version} of the VMs checked, 0 when none says
   * @param vmsChecked the number of VMs checked, with or without passthrough
   * @return the context
   */
  static CheckContext of(Host host, List<VirtualMachine> vms, List<LogLine> logs, KnowledgeBase knowledge, Scope pass,
      int maxHardwareVersion, int vmsChecked) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(knowledge, "knowledge");
    List<VirtualMachine> list = List.copyOf(vms);
    List<LogLine> logList = List.copyOf(logs);
    if (host.version().isPresent()) {
      return new CheckContext(host, list, logList, knowledge, host.version().get(), null, false, pass,
          vmsChecked);
    }
    int maxHw = maxHardwareVersion;
    Optional<EsxVersion> inferred = maxHw > 0 ? knowledge.oldestProductFor(maxHw) : Optional.empty();
    EsxVersion v = inferred.orElse(EsxVersion.ESX_4_0);
    String why = inferred.isPresent()
        ? "host version not given: assumed ESX " + v + ", the oldest product that runs virtualHW.version " + maxHw
        : "host version not given and no virtualHW.version to infer it from: guessed ESX " + v
            + " (the guide's version); checks that depend on the version are not verified";
    return new CheckContext(host, list, logList, knowledge, v, why, inferred.isEmpty(), pass, vmsChecked);
  }

  static int maxHardwareVersion(List<VirtualMachine> vms) {
    int max = 0;
    for (VirtualMachine vm : vms) {
      max = Math.max(max, vm.hardwareVersion().orElse(0));
    }
    return max;
  }

  /**
   * The number of VMs of the check, with or without passthrough: in the {@link Scope#ALL_VMS} pass
   * {@link #vms()} holds only those with a present passthrough entry.
   *
   * @return the count; 0 for a check of a host (or a map, or logs) alone
   */
  public int vmsChecked() {
    return vmsChecked;
  }

  /**
   * The pass of a streaming check this context is for: {@link Scope#EACH_VM} (one VM, as it is
   * read) or {@link Scope#ALL_VMS} (every VM's passthrough entries, the host, the logs); empty for a
   * whole check. Only a rule of {@link Scope#BOTH} needs to look.
   */
  public Optional<Scope> pass() {
    return Optional.ofNullable(pass);
  }

  /** The host. */
  public Host host() {
    return host;
  }

  /** The VMs to check, in the order given. */
  public List<VirtualMachine> vms() {
    return vms;
  }

  /** The vmware.log lines to diagnose, in file order; empty when no log was given. */
  public List<LogLine> logs() {
    return logs;
  }

  /** The knowledge base (versions, limits, known devices, guests, built-in maps). */
  public KnowledgeBase knowledge() {
    return knowledge;
  }

  /** The host version in effect: the host's own, or the assumed one. */
  public EsxVersion hostVersion() {
    return hostVersion;
  }

  /** True when the host gave its version (rather than vmdp assuming one). */
  public boolean hostVersionKnown() {
    return assumption == null;
  }

  /**
   * True when the version in effect is only guessed: neither given nor inferable from a VM's
   * {@code virtualHW.version}. A rule whose verdict depends on the version then stays silent or
   * reports "not verified" at INFO, never an ERROR (DOMAIN.md 4).
   */
  public boolean hostVersionGuessed() {
    return guessed;
  }

  /**
   * An analysis derived from this check's model (such as the reset analysis of its host), made on
   * first use and shared by every rule of the check; nothing is kept beyond the check.
   *
   * <pre>{@code
   * ResetAnalysis a = context.derived(ResetAnalysis.class, c -> ResetAnalysis.of(c.host()));
   * }</pre>
   *
   * @param <T> the analysis type
   * @param type the analysis type, also the key (one analysis per type and check)
   * @param compute makes the analysis from the context
   * @return the analysis
   */
  public <T> T derived(Class<T> type, Function<CheckContext, ? extends T> compute) {
    Object value = derived.get(type);
    if (value == null) {
      value = compute.apply(this);
      Object raced = derived.putIfAbsent(type, value);
      if (raced != null) {
        value = raced;
      }
    }
    return type.cast(value);
  }

  /** Why a version was assumed, or empty when the host gave its version. */
  public Optional<String> hostVersionAssumption() {
    return Optional.ofNullable(assumption);
  }
}
