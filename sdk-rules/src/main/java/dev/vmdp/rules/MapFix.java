package dev.vmdp.rules;

import dev.vmdp.model.Edit;
import dev.vmdp.model.host.PassthruMap;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A {@link Fix} of the host's passthru.map: a change of its {@link PassthruMap}, addressed to the
 * map's file. The change may add, replace or remove entries; the map's binding writes each as a
 * minimal edit of its line.
 *
 * <pre>{@code
 * MapFix fix = Fix.forPassthruMap(host.passthruMap(), "reset 8086:10c6 alone with d3d0",
 *     map -> PassthruMap.builder().from(map).addEntry(line).build());
 * PassthruMap fixed = fix.applyTo(host.passthruMap());
 * }</pre>
 */
public final class MapFix extends ModelFix<PassthruMap> implements Fix {
  private MapFix(String file, String summary, UnaryOperator<PassthruMap> change, List<Edit> edits) {
    super(file, summary, change, edits);
  }

  static MapFix of(PassthruMap map, String summary, UnaryOperator<PassthruMap> change) {
    Objects.requireNonNull(map, "map");
    return new MapFix(map.file().orElse(null), summary, change, List.of());
  }

  @Override
  public MapFix withEdits(List<Edit> newEdits) {
    return new MapFix(fileOrNull(), summary(), change(), newEdits);
  }

  /**
   * Applies the change.
   *
   * @param map the host's map
   * @return the changed map
   */
  public PassthruMap applyTo(PassthruMap map) {
    return change(Objects.requireNonNull(map, "map"));
  }

  /** Renders as {@link #description()}. */
  @Override
  public String toString() {
    return description();
  }
}
