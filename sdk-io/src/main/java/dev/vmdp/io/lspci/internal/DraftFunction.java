package dev.vmdp.io.lspci.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What one lspci view says about one PCI function, before it becomes a model value. Fields are
 * null (or -1) while the view has not shown them, so "unknown" stays distinguishable from "no".
 */
public final class DraftFunction {
  /** Segment, bus, device, function. */
  public int segment;
  /** Bus number. */
  public int bus;
  /** Device (slot) number. */
  public int device;
  /** Function number. */
  public int function;
  /** 1-based line of the function's header line (or tree line). */
  public int line;

  /** Vendor id or -1. */
  public int vendor = -1;
  /** Device id or -1. */
  public int deviceId = -1;
  /** Class code as 4 hex digits (base + subclass), or -1. */
  public int classCode = -1;
  /** Programming interface, or -1. */
  public int progIf = -1;
  /** The class name lspci printed, or null. */
  public String className;
  /** The device description lspci printed (vendor and device names), or null. */
  public String name;
  /** Revision, or -1. */
  public int revision = -1;
  /** Subsystem vendor, or -1. */
  public int subsystemVendor = -1;
  /** Subsystem device, or -1. */
  public int subsystemDevice = -1;
  /** ESXi's VMkernel name ({@code vmnic0}), or null. */
  public String vmkernelName;
  /** Kernel driver in use, or null. */
  public String driver;

  /** True when the view shows capabilities ({@code -v} and more, not access-denied). */
  public boolean capabilitiesShown;
  /** The Express capability's port-type words (e.g. "Root Port (Slot+)"), or null. */
  public String expressType;
  /** DevCap FLReset: null unknown. */
  public Boolean flr;
  /** AFCap FLR: null unknown. */
  public Boolean afFlr;
  /** PM NoSoftRst: null unknown. */
  public Boolean noSoftReset;
  /** True when an ACS capability is present. */
  public boolean acsPresent;
  /** ACSCap flags as "Name+"/"Name-" text, or null. */
  public String acsCap;
  /** ACSCtl flags text, or null. */
  public String acsCtl;
  /** True when an SR-IOV capability is present (this is a physical function). */
  public boolean sriovPf;
  /** SR-IOV total VFs, or -1. */
  public int totalVfs = -1;
  /** SR-IOV number of enabled VFs, or -1. */
  public int numVfs = -1;
  /** SR-IOV first VF offset, or -1. */
  public int vfOffset = -1;
  /** SR-IOV VF stride, or -1. */
  public int vfStride = -1;
  /** True when this function is known to be a virtual function. */
  public boolean virtualFunction;
  /** The PF of a VF, as "segment/bus/dev/fn" packed routing id, or -1. */
  public long physicalFunctionRid = -1;

  /** Bridge primary bus, or -1. */
  public int primaryBus = -1;
  /** Bridge secondary bus, or -1. */
  public int secondaryBus = -1;
  /** Bridge subordinate bus, or -1. */
  public int subordinateBus = -1;

  /** BARs found. */
  public final List<DraftBar> bars = new ArrayList<>();

  /** Configuration space bytes from a hex dump, or null. */
  public int[] config;

  /** A BAR: index, size in bytes (-1 unknown), I/O or memory, 64-bit, prefetchable. */
  public static final class DraftBar {
    /** The index used for the expansion ROM. */
    public static final int ROM = -1;
    /** Region index, or {@link #ROM}. */
    public int index;
    /** Size in bytes, -1 when not shown. */
    public long size = -1;
    /** True for I/O ports. */
    public boolean io;
    /** True for a 64-bit memory BAR. */
    public boolean bits64;
    /** True when prefetchable. */
    public boolean prefetchable;
  }

  /** Routing id including segment: {@code segment << 16 | bus << 8 | device << 3 | function}. */
  public long rid() {
    return ((long) segment << 16) | (bus << 8) | (device << 3) | function;
  }
}
