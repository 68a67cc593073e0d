/**
 * Fixture classes that mirror the module layering of vmdp, for the architecture rules: under
 * {@code good} every rule holds, under {@code bad} each rule is broken by a class named after the
 * violation. The production rules never see these (they import no test classes).
 */
package dev.vmdp.archfixture;
