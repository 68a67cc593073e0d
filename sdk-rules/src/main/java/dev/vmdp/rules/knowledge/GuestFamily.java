package dev.vmdp.rules.knowledge;

/**
 * The guest operating system families the rules tell apart, as {@link GuestKnowledge} classifies
 * {@code guestOS} values. Guests vmdp does not classify have no family (an empty result), which
 * keeps guest-dependent rules silent.
 */
public enum GuestFamily {
  /** Windows NT 4.0 ({@code winNT}, {@code nt4}). */
  WINDOWS_NT("Windows NT"),
  /** Windows 2000 ({@code win2000Pro}, {@code win2000Serv}, {@code win2000AdvServ}). */
  WINDOWS_2000("Windows 2000"),
  /** Windows XP ({@code winXPPro}, {@code winXPPro-64}, {@code winXPHome}). */
  WINDOWS_XP("Windows XP"),
  /** Windows Server 2003 ({@code winNetStandard}, {@code winNetEnterprise-64} ...). */
  WINDOWS_SERVER_2003("Windows 2003"),
  /** Windows Server 2008 ({@code longhorn}, {@code longhorn-64}, {@code winServer2008Enterprise-64} ...). */
  WINDOWS_SERVER_2008("Windows 2008"),
  /** Windows Server 2008 R2 ({@code windows7srv-64}). */
  WINDOWS_SERVER_2008_R2("Windows 2008 R2"),
  /** Linux 2.4 kernels: RHEL 2.1 and 3 ({@code rhel2}, {@code rhel3}, {@code other24xlinux}). */
  LINUX_2_4("Linux 2.4 (RHEL 3)"),
  /**
   * Linux 2.6 kernels up to 2.6.20: RHEL 4 and 5, SLES 9 and 10 ({@code rhel4}, {@code rhel5-64},
   * {@code sles}, {@code sles10-64}).
   */
  LINUX_2_6_EARLY("Linux 2.6.20 or older (RHEL 4/5, SLES 9/10)");

  private final String displayName;

  GuestFamily(String displayName) {
    this.displayName = displayName;
  }

  /** The name messages use, for example {@code Windows 2003}. */
  public String displayName() {
    return displayName;
  }
}
