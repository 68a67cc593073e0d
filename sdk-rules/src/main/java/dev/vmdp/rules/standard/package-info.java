/**
 * The standard rule set: every rule of the catalogue, gathered from the rule packages, in ID order.
 * It lives apart from {@code dev.vmdp.rules} so that the engine does not depend on the rules.
 */
package dev.vmdp.rules.standard;
