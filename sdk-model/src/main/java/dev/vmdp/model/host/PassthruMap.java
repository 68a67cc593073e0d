package dev.vmdp.model.host;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.VmdpStyle;
import dev.vmdp.model.pci.PciId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The entries of a host's {@code /etc/vmware/passthru.map}, in file order, with the diagnostics
 * found while reading it.
 *
 * <p>When several lines match a function, {@link #lookup(PciId)} applies DOMAIN.md 7.1's policy
 * (uncertain, so overridable with {@link #lookup(PciId, Precedence)}): the most specific line wins
 * (exact ids, then {@code vendor ffff}, then {@code ffff device}, then {@code ffff ffff}); among
 * equally specific lines the last one wins.
 */
@Value.Immutable
@VmdpStyle
public abstract class PassthruMap {

  /**
   * The default precedence: higher {@link PassthruMapEntry#specificity()} first, then later
   * lines first. Entries are compared by their position in {@link #entries()}.
   */
  public static final Precedence DEFAULT_PRECEDENCE = (a, b, indexA, indexB) -> {
    int c = Integer.compare(b.specificity(), a.specificity());
    return c != 0 ? c : Integer.compare(indexB, indexA);
  };

  /** Orders candidate lines, winner first. */
  @FunctionalInterface
  public interface Precedence {
    /**
     * Compares two matching lines; negative when {@code a} should win.
     *
     * @param a a matching line
     * @param b another matching line
     * @param indexA position of {@code a} in the map (0-based)
     * @param indexB position of {@code b} in the map (0-based)
     * @return negative, zero or positive as for a {@link Comparator}
     */
    int compare(PassthruMapEntry a, PassthruMapEntry b, int indexA, int indexB);
  }

  /** The file the map was read from, as the user named it; empty for a map built in code. */
  public abstract Optional<String> file();

  /** The entries in file order. */
  public abstract List<PassthruMapEntry> entries();

  /** Problems found while reading the file (VMDP501-503), with positions. */
  public abstract List<Diagnostic> diagnostics();

  /** Every entry that matches the ids, winner first under the default policy. */
  public List<PassthruMapEntry> matching(PciId id) {
    return matching(id, DEFAULT_PRECEDENCE);
  }

  /**
   * Every entry that matches the ids, winner first under the given policy.
   *
   * @param id the function's ids
   * @param precedence the policy
   * @return the matching entries, winner first; empty when none matches
   */
  public List<PassthruMapEntry> matching(PciId id, Precedence precedence) {
    List<Integer> idx = new ArrayList<>();
    List<PassthruMapEntry> all = entries();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).matches(id)) {
        idx.add(i);
      }
    }
    idx.sort((x, y) -> precedence.compare(all.get(x), all.get(y), x, y));
    List<PassthruMapEntry> out = new ArrayList<>(idx.size());
    for (int i : idx) {
      out.add(all.get(i));
    }
    return List.copyOf(out);
  }

  /** The winning entry for the ids under the default policy. */
  public Optional<PassthruMapEntry> lookup(PciId id) {
    return matching(id).stream().findFirst();
  }

  /**
   * The winning entry for the ids under a site policy.
   *
   * @param id the function's ids
   * @param precedence the policy
   * @return the winner, or empty when no line matches
   */
  public Optional<PassthruMapEntry> lookup(PciId id, Precedence precedence) {
    return matching(id, precedence).stream().findFirst();
  }

  /**
   * Groups of entries that name exactly the same vendor and device fields (a wildcard compares as
   * the word {@code ffff}), each group in file order, groups ordered by their first entry; only
   * groups of two or more entries are listed, so the list is empty when no ids repeat.
   *
   * <p>Such lines always compete: which one wins is the {@link #lookup(PciId)} policy.
   *
   * @return the groups of repeated lines, possibly empty
   */
  public List<List<PassthruMapEntry>> entriesWithSameIds() {
    Map<Integer, List<PassthruMapEntry>> byIds = new LinkedHashMap<>();
    for (PassthruMapEntry e : entries()) {
      byIds.computeIfAbsent(e.vendor() * 0x10000 + e.device(), k -> new ArrayList<>()).add(e);
    }
    List<List<PassthruMapEntry>> out = new ArrayList<>();
    for (List<PassthruMapEntry> group : byIds.values()) {
      if (group.size() > 1) {
        out.add(List.copyOf(group));
      }
    }
    return List.copyOf(out);
  }

  /** A map with no entries. */
  public static PassthruMap empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PassthruMap} values. */
  public static final class Builder extends ImmutablePassthruMap.Builder {}
}
