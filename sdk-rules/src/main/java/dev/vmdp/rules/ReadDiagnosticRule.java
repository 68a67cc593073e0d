package dev.vmdp.rules;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports the diagnostics with one catalogue ID that readers attached to the model while reading
 * files (a duplicate .vmx key, a malformed passthru.map line...), so that each catalogue ID of a
 * read-time problem is a rule like any other.
 *
 * <pre>{@code
 * Rule duplicates = new ReadDiagnosticRule("VMDP601", Severity.WARNING, "duplicate key (case-insensitive)");
 * }</pre>
 */
public final class ReadDiagnosticRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String summary;

  /**
   * A rule for one diagnostic ID.
   *
   * @param id the catalogue ID the readers use
   * @param severity its default severity
   * @param summary one line without a trailing period
   */
  public ReadDiagnosticRule(String id, Severity severity, String summary) {
    this.id = Objects.requireNonNull(id, "id");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String summary() {
    return summary;
  }

  /** The host's diagnostics once per check, each VM's with its VM. */
  @Override
  public Scope scope() {
    return Scope.BOTH;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    Scope pass = context.pass().orElse(Scope.BOTH);
    if (pass != Scope.EACH_VM) {
      add(out, context.host().diagnostics(), "host ", context.host().name());
      add(out, context.host().passthruMap().diagnostics(), "passthru.map", "");
    }
    if (pass != Scope.ALL_VMS) {
      for (VirtualMachine vm : context.vms()) {
        add(out, vm.diagnostics(), "vm ", vm.name());
      }
    }
    return out;
  }

  /** Adds a finding per diagnostic of this rule; the subject is {@code kind + name}, made only when needed. */
  private void add(List<Finding> out, List<Diagnostic> diagnostics, String kind, String name) {
    String subject = null;
    for (Diagnostic d : diagnostics) {
      if (!d.ruleId().equals(id)) {
        continue;
      }
      if (subject == null) {
        subject = kind + name;
      }
      String message = d.message().endsWith(".") ? d.message().substring(0, d.message().length() - 1) : d.message();
      Finding.Builder b = finding(subject, message).severity(d.severity());
      d.location().ifPresent(b::location);
      out.add(b.build());
    }
  }
}
