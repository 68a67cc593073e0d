/**
 * Implementation details of the console that generated snippets must reach (and so are public):
 * not for use outside the console module.
 */
package dev.vmdp.console.shell.internal;
