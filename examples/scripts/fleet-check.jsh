// Example 8 as a console script: check every VM of a YAML inventory against its own host and
// print the JSON report (what CI keeps); `vmdp check --inventory FILE --format json` does the
// same from the command line, with exit code 1 on an ERROR finding.
//   vmdp run examples/scripts/fleet-check.jsh FOLDER
// FOLDER holds inventory.yaml and the files it names.
import dev.vmdp.report.ReportRenderer;
Path folder = Path.of(args[0]);

Workspace fleet = Workspace.create().inventory(folder.resolve("inventory.yaml"));
Report report = fleet.check();
System.out.println(ReportRenderer.json(report));
System.out.println(fleet.vms().size() + " VMs: " + ReportRenderer.summary(report));
