/**
 * The knowledge base: facts about VMware products, devices and guests, each with its source.
 */
package dev.vmdp.rules.knowledge;
