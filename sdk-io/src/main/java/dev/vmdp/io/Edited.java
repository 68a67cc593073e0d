package dev.vmdp.io;

import dev.vmdp.model.Edit;
import java.util.List;
import java.util.Objects;

/**
 * What a binding's edit made: the new document, and the line {@link Edit}s that turn the old
 * document into it, each described from the line it writes ({@code set sched.mem.min = "512"},
 * {@code replace line 7 with "10de ffff bridge false"}). A fix's description is rendered from
 * these edits, so it can never name another key or line than the diff shows.
 *
 * <pre>{@code
 * Edited<VmxDocument> edited = VmxBinding.edit(doc, vm, fixed, VmxWriteOptions.defaults());
 * edited.edits().forEach(System.out::println);   // rhel3.vmx:12: set sched.mem.min = "512"
 * byte[] bytes = edited.document().toBytes();
 * }</pre>
 *
 * @param <D> the document type
 * @param document the edited document; the old document itself when nothing changed
 * @param edits the edits in the old document's line order; empty when nothing changed
 */
public record Edited<D>(D document, List<Edit> edits) {

  /**
   * An edit result.
   *
   * @param document the edited document
   * @param edits the edits, copied
   */
  public Edited {
    Objects.requireNonNull(document, "document");
    edits = List.copyOf(edits);
  }

  /** Whether the edit changed the document. */
  public boolean changed() {
    return !edits.isEmpty();
  }
}
