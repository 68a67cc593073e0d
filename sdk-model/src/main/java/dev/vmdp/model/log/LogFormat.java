package dev.vmdp.model.log;

/** The shape of a vmware.log line's prefix. */
public enum LogFormat {
  /**
   * Workstation 8 to 16 and ESXi 5 to 7: {@code 2016-11-12T22:46:42.635+08:00| vmx| I125: text}
   * (the level, such as {@code I125} or {@code W115}, is absent in the oldest of these logs).
   */
  PIPE_SEPARATED,
  /** Workstation 16.2 and later, ESXi 8: {@code 2022-08-02T10:03:02.701Z In(05) vmx text}. */
  SPACE_SEPARATED,
  /** ESX 3.x and 4.x: {@code Apr 22 03:04:15.771: vmx| text}, without a year or a time zone. */
  MONTH_DAY,
  /**
   * The host's vmkernel.log: {@code 2023-05-04T10:11:12.345Z cpu3:2097635)PCI: text} (ESXi 5 to 7,
   * also with {@code opID=...} before the parenthesis), and ESXi 8's
   * {@code 2023-05-04T10:11:12.345Z In(182) vmkernel: cpu3:2097635)PCI: text}; the thread is
   * {@code cpu3:2097635} (CPU and world), the message what follows the parenthesis.
   */
  VMKERNEL,
  /** No recognised prefix (an excerpt, a hand-edited line): the whole line is the message. */
  UNSTAMPED
}
