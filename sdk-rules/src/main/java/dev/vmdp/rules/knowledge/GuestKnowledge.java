package dev.vmdp.rules.knowledge;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What vmdp knows about guest operating systems: which {@code guestOS} values (.vmx, any case) are
 * Windows Server 2003 or 2008 guests, and which guests drive their devices in IOAPIC (legacy INTx)
 * mode. A {@code guestOS} vmdp does not know, or a blank one, has no family: rules that depend on
 * the guest stay silent for it.
 *
 * <pre>{@code
 * GuestKnowledge g = GuestKnowledge.standard();
 * g.family("winNetEnterprise");                 // Optional[WINDOWS_SERVER_2003]
 * g.isWindowsServer2003Or2008("longhorn-64");   // true
 * g.drivesDevicesInIoapicMode("rhel5-64");      // true (Linux 2.6.18)
 * g.drivesDevicesInIoapicMode("winNetStandard"); // false: Windows alone is no reason
 * g.family("ubuntu-64");                        // Optional.empty: unknown guests stay unknown
 * GuestKnowledge site = g.withGuest("myWin2003Image", GuestFamily.WINDOWS_SERVER_2003)
 *     .withIoapicFamilies(EnumSet.of(GuestFamily.WINDOWS_2000, GuestFamily.WINDOWS_SERVER_2003));
 * }</pre>
 *
 * <p>What is fact and what is policy:
 * <ul>
 *   <li>The {@code guestOS} spellings and the product each names are VMware's own table
 *       (open-vm-tools {@code lib/include/guest_os_tables.h}, {@code GUEST_OS_KEY_MAP}, which maps
 *       .vmx keys to vSphere API keys such as {@code winNetEnterpriseGuest}); both spellings are
 *       accepted.
 *   <li>That Broadcom 57710/57711 adapters need {@code msiEnabled = "FALSE"} in "Windows 2003 or
 *       2008" guests is the guide's (DOMAIN.md 6). Counting Windows Server 2008 R2
 *       ({@code windows7srv-64}) as "2008" is vmdp policy: the guide predates R2.
 *   <li>Which guests drive devices in IOAPIC mode (DOMAIN.md 6): VMware's networking guides say
 *       guests with Linux 2.6.20 or earlier should avoid MSI/MSI-X (RHEL 3, 4 and 5, SLES 9 and
 *       10). Windows guests use MSI for devices that offer it, and the guide says the default
 *       works for most configurations, so no Windows family is an IOAPIC family (the Broadcom
 *       57710/57711 case is VMDP306's). Override it with {@link #withIoapicFamilies(Set)}.
 * </ul>
 *
 * <p>Instances are immutable; the {@code with*} methods return changed copies.
 */
public final class GuestKnowledge {
  private static final Map<String, GuestFamily> STANDARD_GUESTS = standardGuests();
  /** DOMAIN.md 6 (see the class comment): guests that avoid MSI, Linux 2.6.20 or older. */
  private static final Set<GuestFamily> STANDARD_IOAPIC = EnumSet.of(GuestFamily.LINUX_2_4, GuestFamily.LINUX_2_6_EARLY);
  /** The guide (DOMAIN.md 6): "Windows 2003 or 2008"; 2008 R2 included by vmdp policy. */
  private static final Set<GuestFamily> WINDOWS_2003_2008 = EnumSet.of(GuestFamily.WINDOWS_SERVER_2003,
      GuestFamily.WINDOWS_SERVER_2008, GuestFamily.WINDOWS_SERVER_2008_R2);

  private final Map<String, GuestFamily> guests;
  private final Set<GuestFamily> ioapicFamilies;

  private GuestKnowledge(Map<String, GuestFamily> guests, Set<GuestFamily> ioapicFamilies) {
    this.guests = Map.copyOf(guests);
    this.ioapicFamilies = Set.copyOf(ioapicFamilies);
  }

  /** The built-in guest knowledge. */
  public static GuestKnowledge standard() {
    return new GuestKnowledge(STANDARD_GUESTS, STANDARD_IOAPIC);
  }

  /**
   * The family of a {@code guestOS} value, ignoring case and surrounding blanks.
   *
   * @param guest the value as written ({@code winNetEnterprise}); null or blank is unknown
   * @return the family, or empty when the guest is unknown to vmdp
   */
  public Optional<GuestFamily> family(String guest) {
    if (guest == null || guest.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(guests.get(normalize(guest)));
  }

  /**
   * Whether the guest is a Windows Server 2003 or 2008 guest (2008 R2 included, vmdp policy).
   *
   * @param guest the {@code guestOS} value; null, blank or unknown gives false
   * @return true only for a known Windows Server 2003/2008 guest
   */
  public boolean isWindowsServer2003Or2008(String guest) {
    return family(guest).map(WINDOWS_2003_2008::contains).orElse(false);
  }

  /**
   * Whether the guest drives passthrough devices in IOAPIC (legacy INTx) mode rather than with
   * MSI: the "older guest" of the interrupt rules (vmdp policy, see the class comment).
   *
   * @param guest the {@code guestOS} value; null, blank or unknown gives false
   * @return true only for a known guest of an IOAPIC family
   */
  public boolean drivesDevicesInIoapicMode(String guest) {
    return family(guest).map(ioapicFamilies::contains).orElse(false);
  }

  /** The known {@code guestOS} values (lower-case) and their families. */
  public Map<String, GuestFamily> guests() {
    return guests;
  }

  /** The families whose guests drive devices in IOAPIC mode. */
  public Set<GuestFamily> ioapicFamilies() {
    return ioapicFamilies;
  }

  /**
   * A copy that classifies one more {@code guestOS} value (or reclassifies a known one).
   *
   * @param guest the value, any case; must not be blank
   * @param family its family
   * @return the changed copy
   */
  public GuestKnowledge withGuest(String guest, GuestFamily family) {
    Objects.requireNonNull(family, "family");
    if (guest == null || guest.isBlank()) {
      throw new IllegalArgumentException("GuestKnowledge guestOs must not be blank, was '" + guest + "'");
    }
    Map<String, GuestFamily> copy = new LinkedHashMap<>(guests);
    copy.put(normalize(guest), family);
    return new GuestKnowledge(copy, ioapicFamilies);
  }

  /**
   * A copy that no longer knows a {@code guestOS} value (so rules treat it as unknown).
   *
   * @param guest the value, any case
   * @return the changed copy (this one's equal when the value was not known)
   */
  public GuestKnowledge withoutGuest(String guest) {
    Map<String, GuestFamily> copy = new LinkedHashMap<>(guests);
    if (guest != null) {
      copy.remove(normalize(guest));
    }
    return new GuestKnowledge(copy, ioapicFamilies);
  }

  /**
   * A copy with another set of IOAPIC families (the "older guest" policy).
   *
   * @param families the families whose guests drive devices in IOAPIC mode; may be empty
   * @return the changed copy
   */
  public GuestKnowledge withIoapicFamilies(Set<GuestFamily> families) {
    return new GuestKnowledge(guests, Set.copyOf(families));
  }

  private static String normalize(String guestOs) {
    return guestOs.strip().toLowerCase(Locale.ROOT);
  }

  /** open-vm-tools lib/include/guest_os_tables.h, GUEST_OS_KEY_MAP: .vmx keys and vSphere API keys. */
  private static Map<String, GuestFamily> standardGuests() {
    Map<String, GuestFamily> m = new LinkedHashMap<>();
    put(m, GuestFamily.WINDOWS_NT, "winNT", "nt4", "winNTGuest");
    put(m, GuestFamily.WINDOWS_2000, "win2000", "win2000Pro", "win2000Serv", "win2000AdvServ",
        "win2000ProGuest", "win2000ServGuest", "win2000AdvServGuest");
    put(m, GuestFamily.WINDOWS_XP, "winXPHome", "whistler", "winXPPro", "winXPPro-64",
        "winXPHomeGuest", "winXPProGuest", "winXPPro64Guest");
    put(m, GuestFamily.WINDOWS_SERVER_2003, "winNetWeb", "winNetStandard", "winNetEnterprise",
        "winNetDatacenter", "winNetBusiness", "winNetStandard-64", "winNetEnterprise-64",
        "winNetDatacenter-64", "winNetWebGuest", "winNetStandardGuest", "winNetEnterpriseGuest",
        "winNetDatacenterGuest", "winNetBusinessGuest", "winNetStandard64Guest",
        "winNetEnterprise64Guest", "winNetDatacenter64Guest");
    put(m, GuestFamily.WINDOWS_SERVER_2008, "longhorn", "longhorn-64", "winLonghornGuest",
        "winLonghorn64Guest");
    for (String edition : new String[] {"Cluster", "Datacenter", "DatacenterCore", "Enterprise",
        "EnterpriseCore", "EnterpriseItanium", "SmallBusiness", "SmallBusinessPremium", "Standard",
        "StandardCore", "MediumManagement", "MediumMessaging", "MediumSecurity", "ForSmallBusiness",
        "StorageEnterprise", "StorageExpress", "StorageStandard", "StorageWorkgroup", "Web"}) {
      put(m, GuestFamily.WINDOWS_SERVER_2008, "winServer2008" + edition + "-32", "winServer2008" + edition + "-64");
    }
    put(m, GuestFamily.WINDOWS_SERVER_2008_R2, "windows7srv-64", "windows7Server64Guest");
    put(m, GuestFamily.LINUX_2_4, "rhel2", "rhel3", "rhel3-64", "other24xlinux", "other24xlinux-64",
        "rhel2Guest", "rhel3Guest", "rhel3_64Guest", "other24xLinuxGuest", "other24xLinux64Guest");
    put(m, GuestFamily.LINUX_2_6_EARLY, "rhel4", "rhel4-64", "rhel4Guest", "rhel4_64Guest",
        "rhel5", "rhel5-64", "rhel5Guest", "rhel5_64Guest", "sles", "sles-64", "slesGuest", "sles64Guest",
        "sles10", "sles10-64", "sles10Guest", "sles10_64Guest");
    return m;
  }

  private static void put(Map<String, GuestFamily> m, GuestFamily family, String... keys) {
    for (String k : keys) {
      m.put(normalize(k), family);
    }
  }
}
