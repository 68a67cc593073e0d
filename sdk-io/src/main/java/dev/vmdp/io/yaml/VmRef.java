package dev.vmdp.io.yaml;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpStyle;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A VM the inventory lists: its .vmx file (resolved against the inventory's folder) and the host it
 * runs on. The inventory does not read the .vmx; the caller binds it.
 *
 * <pre>{@code
 * for (VmRef vm : inventory.vms()) {
 *   VmxDocument vmx = VmxDocument.read(vm.vmx());
 *   Host host = inventory.host(vm.host());
 * }
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class VmRef {

  /** The name the inventory gives the VM; empty when it gives none (the .vmx's displayName applies). */
  public abstract Optional<String> name();

  /** The .vmx file, absolute or relative to the working directory as resolved. */
  public abstract Path vmx();

  /** The name of the inventory host the VM runs on. */
  public abstract String host();

  /** Where the entry is in the inventory; empty for a reference built in code. */
  public abstract Optional<SourceRef> source();

  /** Renders as {@code rhel3 (vms/rhel3.vmx) on esx01}. */
  @Override
  public String toString() {
    return name().map(n -> n + " (" + vmx() + ")").orElse(vmx().toString()) + " on " + host();
  }

  @Value.Check
  void check() {
    if (host().isBlank()) {
      throw new IllegalStateException("VmRef host must not be blank, was '" + host() + "'");
    }
    if (name().filter(String::isBlank).isPresent()) {
      throw new IllegalStateException("VmRef name must not be blank when present, was '" + name().get() + "'");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VmRef} values. */
  public static final class Builder extends ImmutableVmRef.Builder {}
}
