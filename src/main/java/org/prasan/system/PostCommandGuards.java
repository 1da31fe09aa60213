package org.prasan.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Where the guards that check what a person sends the engine (a completion's fields, variables
 * set from outside) sit: after the engine's own interceptors, so a command already has its
 * context and the caller's authentication, and after any guard registered before.
 */
final class PostCommandGuards {

  private PostCommandGuards() {
  }

  static void append(ProcessEngineConfigurationImpl configuration, CommandInterceptor guard) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(guard);
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
