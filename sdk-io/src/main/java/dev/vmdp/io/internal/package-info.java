/**
 * The text layer every reader and binding of sdk-io shares, internal to the module: splitting
 * bytes into lines that keep their terminators, checked against the line limit
 * ({@link dev.vmdp.io.internal.TextLines}), and the line diff that turns two versions of a
 * document into the {@link dev.vmdp.model.Edit}s between them
 * ({@link dev.vmdp.io.internal.LineDiff}). Files and streams are read through
 * {@link dev.vmdp.io.FileSnapshot} (bounded by the bytes read, only regular files opened) within
 * the {@link dev.vmdp.io.InputLimits}; lines the readers cannot use become
 * {@link dev.vmdp.io.ReadNote}s. This package depends on {@code dev.vmdp.io}, never the reverse.
 */
package dev.vmdp.io.internal;
