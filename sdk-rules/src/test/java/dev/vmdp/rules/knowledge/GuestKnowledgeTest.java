package dev.vmdp.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuestKnowledgeTest {
  private final GuestKnowledge g = GuestKnowledge.standard();

  @Test
  void classifiesWindows2003VmxAndApiKeysInAnyCase() {
    for (String k : new String[] {"winNetStandard", "winNetEnterprise", "winNetDatacenter", "winNetWeb",
        "winNetBusiness", "winNetStandard-64", "winNetEnterprise-64", "winNetDatacenter-64", "WINNETENTERPRISE",
        " winnetweb ", "winNetEnterpriseGuest"}) {
      assertThat(g.family(k)).as(k).hasValue(GuestFamily.WINDOWS_SERVER_2003);
      assertThat(g.isWindowsServer2003Or2008(k)).as(k).isTrue();
      // DOMAIN.md 6: a Windows guest alone is no reason for IOAPIC mode (the Broadcom case is VMDP306's).
      assertThat(g.drivesDevicesInIoapicMode(k)).as(k).isFalse();
    }
  }

  @Test
  void classifiesWindows2008AndR2WhichHaveMsi() {
    for (String k : new String[] {"longhorn", "longhorn-64", "winServer2008Enterprise-64",
        "winServer2008StandardCore-32", "winLonghorn64Guest"}) {
      assertThat(g.family(k)).as(k).hasValue(GuestFamily.WINDOWS_SERVER_2008);
    }
    assertThat(g.family("windows7srv-64")).hasValue(GuestFamily.WINDOWS_SERVER_2008_R2);
    assertThat(g.family("windows7Server64Guest")).hasValue(GuestFamily.WINDOWS_SERVER_2008_R2);
    assertThat(g.isWindowsServer2003Or2008("windows7srv-64")).isTrue();
    assertThat(g.drivesDevicesInIoapicMode("longhorn-64")).isFalse();
    assertThat(g.drivesDevicesInIoapicMode("windows7srv-64")).isFalse();
  }

  @Test
  void linuxUpTo2620DrivesDevicesInIoapicModeAndWindowsDoesNot() {
    for (String k : new String[] {"win2000Serv", "win2000AdvServ", "winXPPro", "winNT", "linux", "ubuntu-64"}) {
      assertThat(g.drivesDevicesInIoapicMode(k)).as(k).isFalse();
    }
    for (String k : new String[] {"rhel3", "rhel3-64", "rhel4", "rhel4-64", "rhel5", "rhel5-64", "sles", "sles10-64",
        "rhel2", "other24xlinux"}) {
      assertThat(g.drivesDevicesInIoapicMode(k)).as(k).isTrue();
      assertThat(g.isWindowsServer2003Or2008(k)).as(k).isFalse();
    }
    assertThat(g.family("rhel3")).hasValue(GuestFamily.LINUX_2_4);
    assertThat(g.family("rhel4")).hasValue(GuestFamily.LINUX_2_6_EARLY);
  }

  @Test
  void unknownBlankAndModernGuestsHaveNoClassificationThatTriggersRules() {
    for (String k : new String[] {"", "  ", "ubuntu-64", "rhel7-64", "windows9srv-64", "windows2019srv-64",
        "other", "myGoldenImage"}) {
      assertThat(g.family(k)).as(k).isEmpty();
      assertThat(g.isWindowsServer2003Or2008(k)).as(k).isFalse();
      assertThat(g.drivesDevicesInIoapicMode(k)).as(k).isFalse();
    }
    assertThat(g.family(null)).isEmpty();
    assertThat(g.drivesDevicesInIoapicMode(null)).isFalse();
  }

  @Test
  void overridesReturnCopiesAndLeaveTheStandardAlone() {
    GuestKnowledge site = g.withGuest("GoldenW2k3", GuestFamily.WINDOWS_SERVER_2003).withoutGuest("rhel4")
        .withIoapicFamilies(EnumSet.of(GuestFamily.WINDOWS_SERVER_2003));
    assertThat(site.family("goldenw2k3")).hasValue(GuestFamily.WINDOWS_SERVER_2003);
    assertThat(site.family("rhel4")).isEmpty();
    assertThat(site.drivesDevicesInIoapicMode("rhel3")).isFalse();
    assertThat(site.drivesDevicesInIoapicMode("goldenW2K3")).isTrue();
    assertThat(site.ioapicFamilies()).containsExactly(GuestFamily.WINDOWS_SERVER_2003);
    assertThat(g.family("goldenw2k3")).isEmpty();
    assertThat(g.family("rhel4")).isPresent();
    assertThat(g.drivesDevicesInIoapicMode("rhel3")).isTrue();
    assertThat(g.withIoapicFamilies(Set.of()).ioapicFamilies()).isEmpty();
    assertThat(g.guests()).containsEntry("winnetenterprise", GuestFamily.WINDOWS_SERVER_2003);
  }

  @Test
  void withGuestRejectsABlankName() {
    assertThatThrownBy(() -> g.withGuest(" ", GuestFamily.WINDOWS_XP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GuestKnowledge guestOs").hasMessageContaining("' '");
  }
}
