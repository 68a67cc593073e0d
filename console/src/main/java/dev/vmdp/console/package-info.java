/**
 * The {@code vmdp} program: the interactive console (JLine + JShell) and the command-line
 * subcommands of DESIGN.md. Start at {@link dev.vmdp.console.Main}.
 */
package dev.vmdp.console;
