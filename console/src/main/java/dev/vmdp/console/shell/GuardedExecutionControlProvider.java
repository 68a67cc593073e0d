package dev.vmdp.console.shell;

import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local (in-process) execution engine, with {@link ExitGuard} applied to every class a
 * snippet loads or redefines.
 */
final class GuardedExecutionControlProvider implements ExecutionControlProvider {

  @Override
  public String name() {
    return "vmdp-local";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    return new GuardedExecutionControl();
  }

  /** The local execution control with disarmed exit calls. */
  static final class GuardedExecutionControl extends LocalExecutionControl {
    @Override
    public void load(ClassBytecodes[] classes)
        throws ClassInstallException, NotImplementedException, EngineTerminationException {
      super.load(disarm(classes));
    }

    @Override
    public void redefine(ClassBytecodes[] classes)
        throws ClassInstallException, NotImplementedException, EngineTerminationException {
      super.redefine(disarm(classes));
    }

    private static ClassBytecodes[] disarm(ClassBytecodes[] classes) {
      ClassBytecodes[] result = new ClassBytecodes[classes.length];
      for (int i = 0; i < classes.length; i++) {
        result[i] = new ClassBytecodes(classes[i].name(), ExitGuard.disarm(classes[i].bytecodes()));
      }
      return result;
    }
  }
}
