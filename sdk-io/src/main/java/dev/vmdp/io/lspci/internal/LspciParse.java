package dev.vmdp.io.lspci.internal;

import dev.vmdp.io.ReadNote;
import java.util.List;

/**
 * The result of parsing one view.
 *
 * @param functions the functions in file order
 * @param notes lines and facts that could not be used, each at its line
 */
public record LspciParse(List<DraftFunction> functions, List<ReadNote> notes) {}
