package org.prasan.sla;

import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A user task's own service level, written in the model as the Camunda extension property
 * {@value #PROPERTY} ({@code <camunda:property name="serviceLevel" value="2 working days" />},
 * "Extension properties" in the properties panel), in the words of
 * {@code prasan.sla.service-levels}. It travels with the deployment, so coordinators change it
 * with the model: new tasks of the new version are due at it, without a restart.
 */
public final class ModelServiceLevel {

  public static final String PROPERTY = "serviceLevel";

  private ModelServiceLevel() {
  }

  /** The property's text, if the element has it (blank counts as absent). */
  public static Optional<String> text(ModelElementInstance element) {
    if (!(element instanceof BaseElement base)) {
      return Optional.empty();
    }
    ExtensionElements extensions = base.getExtensionElements();
    if (extensions == null) {
      return Optional.empty();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> PROPERTY.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .filter(value -> value != null && !value.isBlank())
        .findFirst();
  }

  /**
   * The element's service level.
   *
   * @throws IllegalArgumentException when the property is there but is no service level
   */
  public static Optional<ServiceLevel> of(ModelElementInstance element) {
    return text(element).map(ServiceLevel::valueOf);
  }
}
