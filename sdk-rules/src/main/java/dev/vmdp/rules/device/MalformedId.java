package dev.vmdp.rules.device;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.knowledge.IdProblem;
import dev.vmdp.rules.knowledge.ProductKnowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * VMDP210: a present entry's {@code pciPassthruN.id} is malformed for the host version (given or
 * assumed), as {@link ProductKnowledge#idProblem(String, EsxVersion)} decides: hex letters (every
 * version), a wrong shape, a field out of range, or the long form {@code SSSSS:BBB:DD.F} on ESX
 * 4.x, which writes and reads only {@code BB:DD.F}, and the {@code lspci -D} shape
 * {@code 0000:65:00.0} when its hex reading differs from the decimal one ESX uses. Later ESXi reads both forms, so the short form
 * is not reported there. No host inventory is needed; an absent id is VMDP310. A form that depends
 * on the version ({@code wrongForm}) is reported only when the version is given or inferred, never
 * from a guess (DOMAIN.md 4). Fixed entries and SR-IOV adapters (whose {@code id} is the physical
 * function's address) are checked; vGPU and Dynamic DirectPath entries carry no address.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code id} (as written), {@code problem}
 * ({@code hexDigits}, {@code shape}, {@code outOfRange}, {@code lspciForm}, {@code wrongForm}), {@code version},
 * {@code versionAssumed}, {@code expectedForm} ({@code short} or {@code long}), and
 * {@code suggestedId} when the value names an address (hex letters and the lspci shape read as an lspci address).
 */
public final class MalformedId extends DeviceRule {
  /** The rule. */
  public MalformedId() {
    super("VMDP210");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    EsxVersion v = ctx.hostVersion();
    ProductKnowledge products = ctx.knowledge().products();
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      if (e.device.id().isEmpty() || e.kind == PassthroughKind.VGPU || e.kind == PassthroughKind.DYNAMIC) {
        continue;
      }
      String id = e.device.id().get();
      Optional<IdProblem> problem = products.idProblem(id, v);
      // A form one version accepts and another does not is no error when the version is a guess.
      if (problem.isEmpty() || (problem.get() == IdProblem.WRONG_FORM && ctx.hostVersionGuessed())) {
        continue;
      }
      Optional<String> suggested = problem.get() == IdProblem.OUT_OF_RANGE || problem.get() == IdProblem.SHAPE
          ? Optional.empty() : products.suggestedId(id, v);
      String description = problem.get() == IdProblem.WRONG_FORM
          ? "has a form ESX " + v + " does not accept" : problem.get().description();
      Finding.Builder b = e.finding(this, "id", e.device.keyPrefix() + ".id \"" + id + "\" " + description
          + suggested.map(s -> ": \"" + s + "\"").orElse(""))
          .putFact("id", id)
          .putFact("problem", problem.get().code())
          .putFact("version", v.toString())
          .putFact("versionAssumed", String.valueOf(!ctx.hostVersionKnown()))
          .putFact("expectedForm", products.idFormFor(v).name().toLowerCase(Locale.ROOT));
      suggested.ifPresent(s -> b.putFact("suggestedId", s));
      out.add(b.build());
    }
    return out;
  }
}
