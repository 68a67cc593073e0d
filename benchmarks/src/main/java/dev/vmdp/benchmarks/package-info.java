/**
 * JMH benchmarks and process measurements behind docs/PERFORMANCE.md: parsing and binding
 * (VmxParseBenchmark, VmxFileBenchmark), rules and reset analysis, host files, the realistic fleet
 * (FleetGenerator) with the fleet check against a read-only baseline (FleetCheckComparison,
 * ReadFilesBaseline), memory (MemoryFootprint) and start-up (CheckStartup, ConsoleStartup). Each
 * class's Javadoc gives the command that runs it; none runs in the build's tests.
 */
package dev.vmdp.benchmarks;
