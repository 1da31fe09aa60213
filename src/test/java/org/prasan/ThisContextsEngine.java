package org.prasan;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * {@code @ExtendWith(ThisContextsEngine.class)} on a test that calls {@code /engine-rest} or the
 * webapps over HTTP: both find their engine by name in static registries (Camunda's
 * {@link ProcessEngines} and the runtime container's), which hold the engine of whichever
 * cached Spring context of this JVM started last. Before each test they are pointed back at
 * the engine of the test's own context.
 */
public class ThisContextsEngine implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    ProcessEngine engine = SpringExtension.getApplicationContext(context)
        .getBean(ProcessEngine.class);
    ProcessEngines.registerProcessEngine(engine);
    RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
    ProcessEngine registered = container.getProcessEngineService()
        .getProcessEngine(engine.getName());
    if (registered != engine) {
      if (registered != null) {
        container.unregisterProcessEngine(registered);
      }
      container.registerProcessEngine(engine);
    }
  }
}
