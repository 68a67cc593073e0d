package dev.vmdp.io.esx;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpStyle;
import org.immutables.value.Value;

/**
 * A VMkernel module that a module list shows as loaded, with the line that lists it.
 *
 * <pre>{@code
 * LoadedModule m = LoadedModule.builder().name("vtddmar").source(SourceRef.of("modules.txt", 14)).build();
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class LoadedModule {

  /** The module name as listed, for example {@code vtddmar}. */
  public abstract String name();

  /** The line that lists the module. */
  public abstract SourceRef source();

  /** The name. */
  @Override
  public String toString() {
    return name();
  }

  @Value.Check
  void check() {
    if (name().isEmpty() || name().chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalStateException("LoadedModule name must be non-empty without blanks, was '" + name() + "'");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LoadedModule} values. */
  public static final class Builder extends ImmutableLoadedModule.Builder {}
}
