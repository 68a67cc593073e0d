/**
 * vmware.log: a streaming reader ({@link dev.vmdp.io.log.VmwareLogReader}) that yields {@link
 * dev.vmdp.model.log.LogLine}s with line numbers, timestamps, threads and levels in every format
 * VMware has written. Recognising passthrough signatures (rules 7xx) is the rule engine's job.
 */
@VmdpStyle
package dev.vmdp.io.log;

import dev.vmdp.model.VmdpStyle;
