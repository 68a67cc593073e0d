/**
 * The one host assembler: a host's files (given one by one, as a folder, or as a vm-support
 * bundle) recognised by their content and merged into one {@link dev.vmdp.model.host.Host} by a
 * stated precedence. Start at {@link dev.vmdp.io.host.HostFiles}.
 */
@VmdpStyle
package dev.vmdp.io.host;

import dev.vmdp.model.VmdpStyle;
