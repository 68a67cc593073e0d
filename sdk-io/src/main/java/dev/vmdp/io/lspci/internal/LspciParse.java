package dev.vmdp.io.lspci.internal;

import java.util.List;

/**
 * The result of parsing one view.
 *
 * @param functions the functions in file order
 * @param notes lines that could not be used
 */
public record LspciParse(List<DraftFunction> functions, List<LspciNote> notes) {}
