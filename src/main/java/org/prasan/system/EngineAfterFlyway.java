package org.prasan.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Our tables (Flyway) exist before the engine starts: start-up work of the engine, such as
 * resumed jobs, may already call delegates that write to them.
 */
@Component
public class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

  public EngineAfterFlyway() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
  }
}
