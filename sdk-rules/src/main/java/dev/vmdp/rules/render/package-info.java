/**
 * Rendering reports as text and JSON, kept apart from the values they render.
 */
package dev.vmdp.rules.render;
