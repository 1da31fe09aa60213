package org.prasan.modellint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * The second wall of issue 15, item 2: the engine itself refuses to deploy a BPMN model that
 * would run code the jar does not hold ({@link ModelCode}: scripts, {@code camunda:class},
 * method calls in expressions, timer start events), whatever the route: the workbench, the
 * Camunda REST API, the Cockpit or a Java call. The lint says the same first, with fixes.
 */
@Component
public class ModelCodeWall extends AbstractProcessEnginePlugin {

  /** The field a refusal names. */
  public static final String FIELD = "model";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new Wall());
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  static final class Wall extends AbstractBpmnParseListener {

    @Override
    public void parseRootElement(Element root, List<ProcessDefinitionEntity> processes) {
      List<ModelCode.Problem> problems = ModelCode.problems(of(root));
      if (!problems.isEmpty()) {
        String list = problems.stream()
            .map(problem -> problem.elementId() + " " + problem.message())
            .collect(Collectors.joining("; "));
        throw RuleViolationException.field(FIELD, Bilingual.of(
            "แบบจำลองนี้จะรันโค้ดที่ไม่อยู่ในระบบ จึงไม่นำขึ้นใช้งาน: " + list,
            "The model would run code Prasan does not hold and is not deployed: " + list));
      }
    }
  }

  static ModelCode.Element of(Element element) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String name : element.attributes()) {
      if (!name.startsWith("xmlns")) {
        attributes.put(ModelCode.localName(name), element.attribute(name));
      }
    }
    List<ModelCode.Element> children = element.elements().stream()
        .map(ModelCodeWall::of).toList();
    return new ModelCode.Element(ModelCode.localName(element.getTagName()),
        element.attribute("id"), attributes, element.getText(), children);
  }
}
