package dev.vmdp.io.lspci.internal;

/**
 * Something a reader could not use, at a 1-based line.
 *
 * @param line 1-based line number
 * @param message what was wrong, one line
 */
public record LspciNote(int line, String message) {}
