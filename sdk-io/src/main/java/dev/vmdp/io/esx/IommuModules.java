package dev.vmdp.io.esx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The module names whose presence in a module list proves that the host's IOMMU is active.
 *
 * <p>Which module proves it is uncertain (DOMAIN.md section 2), so the list is a policy: {@link
 * #defaults()} holds {@code vtddmar}, {@code iommu}, {@code amd_iommu}, {@code amdiommu} and
 * {@code dma_mapper_iommu}; a site can replace or extend it.
 *
 * <pre>{@code
 * IommuModules policy = IommuModules.defaults().with("my_iommu");
 * policy.provesIommu(Set.of("vmkernel", "vtddmar"));   // Optional[vtddmar]
 * policy.proofIn(ModuleList.read(path));                // the module and its line
 * }</pre>
 */
public final class IommuModules {

  private static final IommuModules DEFAULTS =
      new IommuModules(List.of("vtddmar", "iommu", "amd_iommu", "amdiommu", "dma_mapper_iommu"));

  private final List<String> names;

  private IommuModules(List<String> names) {
    this.names = List.copyOf(names);
  }

  /** The default list: {@code vtddmar}, {@code iommu}, {@code amd_iommu}, {@code amdiommu}, {@code dma_mapper_iommu}. */
  public static IommuModules defaults() {
    return DEFAULTS;
  }

  /**
   * A list of one's own.
   *
   * @param names module names, compared exactly; duplicates are dropped, order kept
   * @return the policy
   * @throws IllegalArgumentException when a name is empty or holds blanks
   */
  public static IommuModules of(Collection<String> names) {
    Objects.requireNonNull(names, "names");
    for (String n : names) {
      if (n == null || n.isEmpty() || n.chars().anyMatch(c -> c <= ' ')) {
        throw new IllegalArgumentException("IommuModules name must be non-empty without blanks, was '" + n + "'");
      }
    }
    return new IommuModules(names.stream().distinct().toList());
  }

  /**
   * This list with one more name at the end.
   *
   * @param name a module name
   * @return the extended policy (this one when the name is already listed)
   */
  public IommuModules with(String name) {
    if (names.contains(name)) {
      return this;
    }
    List<String> more = new ArrayList<>(names);
    more.add(name);
    return of(more);
  }

  /** The names, in order. */
  public List<String> names() {
    return names;
  }

  /**
   * Which listed module, if any, is among the loaded ones.
   *
   * @param loaded the names of the loaded modules
   * @return the first name of this list that is loaded, or empty when none is (the IOMMU is then
   *     not proven active, which is not proof that it is off)
   */
  public Optional<String> provesIommu(Set<String> loaded) {
    Objects.requireNonNull(loaded, "loaded");
    return names.stream().filter(loaded::contains).findFirst();
  }

  /**
   * The loaded module that proves the IOMMU active, with its line.
   *
   * @param modules a module list
   * @return the first module in the list's order whose name is in this policy, or empty when none is
   */
  public Optional<LoadedModule> proofIn(ModuleList modules) {
    return modules.modules().stream().filter(m -> names.contains(m.name())).findFirst();
  }

  /** The names, comma separated. */
  @Override
  public String toString() {
    return String.join(", ", names);
  }
}
