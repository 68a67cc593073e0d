/**
 * Runnable examples of the vmdp SDK, one idea each. Every example has a {@code main} and a
 * {@code run} method that takes its input folder and an output stream, so tests can check what it
 * prints; the input files live beside the classes (resources {@code dev/vmdp/examples/NAME/}) and
 * {@link dev.vmdp.examples.ExampleFiles} copies them to a temporary folder, so no example writes
 * into the source tree. {@code docs/getting-started.md} quotes their tagged regions.
 */
package dev.vmdp.examples;
