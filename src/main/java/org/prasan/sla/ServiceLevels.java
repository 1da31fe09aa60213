package org.prasan.sla;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks. Every user task in {@code processes/} declares
 * {@code camunda:dueDate="${sla.due(execution)}"}, so the service level lives in configuration
 * and the model only says that the task has one.
 */
@Component(ServiceLevels.BEAN_NAME)
public class ServiceLevels {

  public static final String BEAN_NAME = "sla";
  public static final String DUE_DATE_EXPRESSION = "${sla.due(execution)}";

  private final SlaProperties properties;

  public ServiceLevels(SlaProperties properties) {
    this.properties = properties;
  }

  /** The due date of the user task the execution is about to create, from the engine clock. */
  public Date due(DelegateExecution execution) {
    var serviceLevel = properties.serviceLevelOf(execution.getCurrentActivityId());
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(serviceLevel));
  }
}
