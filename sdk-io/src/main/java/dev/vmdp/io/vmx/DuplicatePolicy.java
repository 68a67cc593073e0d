package dev.vmdp.io.vmx;

/**
 * Which occurrence of a key that appears several times is read. Which one VMware honours is not
 * documented (DOMAIN.md 5.3): libvirt takes the first, map-based tools the last. vmdp reads the
 * first by default and reports every duplicate as VMDP601.
 */
public enum DuplicatePolicy {
  /** The first occurrence in the file is used (libvirt's reading; the default). */
  FIRST,
  /** The last occurrence in the file is used (what map-based tools do). */
  LAST
}
