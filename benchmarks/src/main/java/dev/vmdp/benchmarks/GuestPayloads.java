package dev.vmdp.benchmarks;

import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The long values VMware Tools, vCenter and cloud-init leave in .vmx files, the bulk of a large
 * one: {@code guestinfo.appInfo} (the guest's processes as JSON, escaped with {@code |0A} and
 * {@code |22}), {@code guestInfo.detailed.data}, base64 cloud-init metadata, and escaped
 * multi-line annotations. Shapes follow ../shared/corpus/vmx (libvirt/esx-in-the-wild-15.vmx).
 */
final class GuestPayloads {
  private static final String[] PROCESSES = {"kworker/0:1-events", "kworker/1:2-ata_sff", "kworker/u4:2-events_unbound",
      "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups", "systemd-journald", "systemd-udevd", "systemd-logind",
      "rsyslogd", "dbus-daemon", "cron", "agetty", "vmtoolsd", "VGAuthService", "containerd", "dockerd", "kubelet",
      "nvidia-persistenced", "irq/16-vmwgfx", "irq/63-vmw_vmci", "jbd2/sda1-8", "ext4-rsv-conver", "scsi_eh_0",
      "rcu_preempt", "migration/0", "ksoftirqd/0", "kthreadd", "init", "postgres: checkpointer", "java", "nginx: worker process",
      "svchost.exe", "lsass.exe", "services.exe", "MsMpEng.exe", "explorer.exe", "vm3dservice.exe", "spoolsv.exe"};
  private static final String[][] DISTROS = {
      {"Linux", "Ubuntu", "22.04", "5.15.0-91-generic", "Ubuntu 22.04.3 LTS"},
      {"Linux", "Red Hat Enterprise Linux", "9.2", "5.14.0-284.11.1.el9_2.x86_64", "Red Hat Enterprise Linux 9.2 (Plow)"},
      {"Linux", "Debian GNU/Linux", "12", "6.1.0-31-amd64", "Debian GNU/Linux 12 (bookworm)"},
      {"Windows", "Windows", "10.0", "20348.2113", "Microsoft Windows Server 2022, 64-bit (Build 20348.2113)"},
      {"Windows", "Windows", "10.0", "19045.3324", "Windows 10 Pro, 64-bit (Build 19045.3324)"}};

  private GuestPayloads() {}

  /** {@code guestinfo.appInfo}: about {@code bytes} long, escaped as VMware writes it. */
  static String appInfo(SplittableRandom r, int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 64);
    sb.append("{|0A|22version|22:|221|22, |0A|22updateCounter|22:|22").append(1 + r.nextInt(90))
        .append("|22, |0A|22publishTime|22:|222025-0").append(1 + r.nextInt(9)).append("-1").append(r.nextInt(10))
        .append("T0").append(r.nextInt(10)).append(":4").append(r.nextInt(10)).append(":53.504Z|22, |0A|22applications|22:[");
    boolean first = true;
    while (sb.length() < bytes - 40) {
      sb.append(first ? "|0A{" : ",|0A{").append("|22a|22:|22").append(VmxLines.pick(r, PROCESSES))
          .append("|22,|22v|22:|22").append(r.nextInt(4) == 0 ? "1." + r.nextInt(30) + "." + r.nextInt(9) : "")
          .append("|22}");
      first = false;
    }
    return sb.append("]}").toString();
  }

  /** {@code guestInfo.detailed.data}: the guest's identity, single-quoted fields. */
  static String detailedData(SplittableRandom r, boolean windows) {
    String[] d = DISTROS[windows ? 3 + r.nextInt(2) : r.nextInt(3)];
    return "architecture='X86' bitness='64' " + (windows ? "buildNumber='" + d[3].substring(0, 5) + "' " : "")
        + "distroName='" + d[1] + "' distroVersion='" + d[2] + "' familyName='" + d[0] + "' kernelVersion='" + d[3]
        + "' prettyName='" + d[4] + "'";
  }

  /** Base64 text of about {@code bytes}: cloud-init's {@code guestinfo.metadata} or {@code userdata}. */
  static String base64(SplittableRandom r, int bytes) {
    byte[] raw = new byte[Math.max(3, bytes * 3 / 4)];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = (byte) r.nextInt(256);
    }
    return Base64.getEncoder().encodeToString(raw);
  }

  /** An annotation with line breaks and quotes escaped ({@code |0A}, {@code |22}). */
  static String annotation(SplittableRandom r, int n) {
    return String.format(Locale.ROOT, "Owner: team-%d|0ATicket: CHG%07d|0AUse: |22%s|22|0ADo not power off before %d:00",
        r.nextInt(40), n, r.nextBoolean() ? "batch" : "interactive", 6 + r.nextInt(12));
  }
}
