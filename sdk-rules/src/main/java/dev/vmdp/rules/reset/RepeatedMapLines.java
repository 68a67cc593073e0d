package dev.vmdp.rules.reset;

import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * VMDP504: several passthru.map lines match the same ids; the finding says which one wins. With the
 * host's functions known, each function's ids are looked up (wildcards included); without them,
 * lines with identical vendor and device fields are reported. Facts: {@code id}, {@code winner},
 * {@code lines}.
 */
final class RepeatedMapLines extends CatalogueRule {
  RepeatedMapLines() {
    super("VMDP504");
  }

  /** About the host alone, or comparing VMs: once per check, over every VM's passthrough entries. */
  @Override
  public Scope scope() {
    return Scope.ALL_VMS;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    PassthruMap map = context.host().passthruMap();
    List<Finding> out = new ArrayList<>();
    if (map.entries().size() < 2) {
      return out;
    }
    if (context.host().topology().isEmpty()) {
      for (List<PassthruMapEntry> same : map.entriesWithSameIds()) {
        PassthruMapEntry e = same.get(0);
        report(out, PciId.hex4(e.vendor()) + ":" + PciId.hex4(e.device()), map.matching(PciId.of(e.vendor(), e.device())),
            same);
      }
      return out;
    }
    Set<PciId> ids = new LinkedHashSet<>();
    for (PciFunction f : context.host().topology().functions()) {
      f.id().ifPresent(ids::add);
    }
    for (PciId id : ids) {
      List<PassthruMapEntry> matching = map.matching(id);
      if (matching.size() > 1) {
        report(out, id.toString(), matching, matching);
      }
    }
    return out;
  }

  private void report(List<Finding> out, String id, List<PassthruMapEntry> ranked, List<PassthruMapEntry> lines) {
    PassthruMapEntry winner = ranked.get(0);
    List<String> where = new ArrayList<>();
    for (PassthruMapEntry e : lines) {
      where.add(e.source().map(s -> "line " + s.line() + ": ").orElse("") + e.toLine());
    }
    Finding.Builder f = finding("passthru.map", lines.size() + " lines match " + id + "; "
            + winner.source().map(s -> "line " + s.line()).orElse("\"" + winner.toLine() + "\"") + " wins ("
            + winner.toLine() + ")")
        .putFact("id", id)
        .putFact("winner", winner.toLine())
        .putFact("lines", String.join("; ", where));
    winner.source().ifPresent(f::location);
    out.add(f.build());
  }
}
