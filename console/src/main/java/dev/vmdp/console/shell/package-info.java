/**
 * The interactive console and console scripts: JShell in-process with the SDK on the class path
 * and the {@link dev.vmdp.console.shell.StartupImports}, JLine line editing, and console
 * commands ({@link dev.vmdp.console.shell.ConsoleCommand}). Start at
 * {@link dev.vmdp.console.shell.Console} and {@link dev.vmdp.console.shell.ScriptRunner}.
 */
package dev.vmdp.console.shell;
