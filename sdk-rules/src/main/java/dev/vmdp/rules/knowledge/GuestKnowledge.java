package dev.vmdp.rules.knowledge;

/**
 * What vmdp knows about guest operating systems ({@code guestOS} values): which are Windows
 * 2003/2008, which drive devices in IOAPIC mode.
 */
public final class GuestKnowledge {
  private GuestKnowledge() {}

  /** The built-in guest knowledge. */
  public static GuestKnowledge standard() {
    return new GuestKnowledge();
  }
}
