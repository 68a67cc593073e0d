/**
 * How the YAML inventory is read: Jackson YAML (with snakeyaml-engine load limits and a measuring
 * pass that refuses alias bombs and deep nesting) onto package-private DTOs, which this package
 * maps onto model values. Only {@link dev.vmdp.io.yaml.Inventory} uses it.
 */
@VmdpStyle
package dev.vmdp.io.yaml.internal;

import dev.vmdp.model.VmdpStyle;
