package org.prasan.modellint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Tiny models built in code for the rule tests, and an environment like application.yaml's:
 * agencies rtp-atpd, oag-tip and coordinator, {@code ${leadAgency}}, a service level for
 * {@code Task_ApproveCharging}, intake providing {@code caseId}, and two delegate beans.
 */
final class LintFixtures {

  static final String TASK = "Task_ApproveCharging";
  static final String FORM = "approve-charging";
  static final String DELEGATE = "recordChargingDelegate";
  static final String LISTENER = "clearChargingDecisionDelegate";

  private LintFixtures() {
  }

  static LintEnvironment environment() {
    return new LintEnvironment(
        Set.of("rtp-atpd", "rtp-atpd-sup", "oag-tip", "oag-tip-sup", "coordinator", "coordinator-sup"),
        Set.of("leadAgency", "triageAgency"),
        Set.of(TASK, "Task_SubmitCaseFile", "Task_GatherAdditionalEvidence"),
        Set.of("caseId"),
        Set.of("police-custody", "remand-cap"),
        new MapDelegateCatalog(Map.of(
            DELEGATE, Set.of("chargedAt", "Charging recorded"),
            LISTENER, Set.of("chargingDecision"),
            "startLegalClockDelegate", Set.of(),
            "stopLegalClockDelegate", Set.of())));
  }

  /** Findings of one rule over the sources, as {@code SEVERITY CODE elementId} lines. */
  static List<String> findings(LintRule rule, ModelSource... sources) {
    return lint(rule, sources).stream()
        .map(finding -> finding.severity() + " " + finding.code() + " " + finding.elementId())
        .toList();
  }

  static List<Finding> lint(LintRule rule, ModelSource... sources) {
    return new ModelLinter(environment(), List.of(rule)).lint(Arrays.asList(sources)).findings();
  }

  /** Gives an element the extension property {@code serviceLevel} (what the panel writes). */
  static BpmnModelInstance serviceLevel(BpmnModelInstance model, String elementId, String level) {
    org.camunda.bpm.model.bpmn.instance.BaseElement element = model.getModelElementById(elementId);
    if (element.getExtensionElements() == null) {
      element.setExtensionElements(model.newInstance(
          org.camunda.bpm.model.bpmn.instance.ExtensionElements.class));
    }
    var properties = element.getExtensionElements().addExtensionElement(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class);
    var property = model.newInstance(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class);
    property.setCamundaName("serviceLevel");
    property.setCamundaValue(level);
    properties.getCamundaProperties().add(property);
    return model;
  }

  /** An executable process named as conventions want, with its history time to live. */
  static ProcessBuilder process(String id) {
    return Bpmn.createExecutableProcess(id).name("Process " + id).camundaHistoryTimeToLive(3650);
  }

  /** A user task that follows every convention, for {@code oag-tip} with form {@link #FORM}. */
  static UserTaskBuilder goodTask(UserTaskBuilder task) {
    return task.name("Approve charging")
        .camundaCandidateGroups("oag-tip")
        .camundaFormRef(FORM)
        .camundaFormRefBinding("deployment")
        .camundaDueDate("${sla.due(execution)}");
  }

  /** {@code charging}: start, {@link #TASK}, end; every convention met. */
  static BpmnModelInstance goodProcess() {
    return goodTask(process("charging").startEvent("StartEvent_CaseFileToCharge").name("Case file")
        .userTask(TASK)).endEvent("EndEvent_Charged").name("Charged").done();
  }

  static ModelSource bpmn(BpmnModelInstance model) {
    String processId = model.getModelElementsByType(Process.class).iterator().next().getId();
    return bpmn("processes/" + processId + ".bpmn", model);
  }

  static ModelSource bpmn(String fileName, BpmnModelInstance model) {
    return new ModelSource(fileName, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
  }

  static ModelSource bpmn(String fileName, String xml) {
    return new ModelSource(fileName, xml.getBytes(StandardCharsets.UTF_8));
  }

  /** A form-js form with the given id and one text field per key. */
  static ModelSource form(String id, String... keys) {
    return formFile("forms/" + id + ".form", id, keys);
  }

  static ModelSource formFile(String fileName, String id, String... keys) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode form = json.createObjectNode().put("id", id).put("type", "default")
        .put("schemaVersion", 16);
    ArrayNode components = form.putArray("components");
    for (String key : keys) {
      components.addObject().put("type", "textfield").put("id", "Field_" + key).put("key", key)
          .put("label", "ช่อง " + key + " / " + key);
    }
    return new ModelSource(fileName, form.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A DMN file with one decision table whose output is {@code proposedLeadAgency}. */
  static ModelSource dmn(String decisionId, String historyTimeToLive) {
    String timeToLive = historyTimeToLive == null ? ""
        : " camunda:historyTimeToLive=\"" + historyTimeToLive + "\"";
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" \
        xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Decision" \
        name="Decision" namespace="https://prasan.org/dmn">
          <decision id="%s" name="Propose lead agency"%s>
            <decisionTable id="DecisionTable_LeadAgency" hitPolicy="FIRST">
              <input id="Input_Organised" label="Organised">
                <inputExpression id="InputExpression_Organised" typeRef="boolean">
                  <text>organised</text>
                </inputExpression>
              </input>
              <output id="Output_ProposedLeadAgency" name="proposedLeadAgency" typeRef="string" />
              <rule id="Rule_Organised">
                <inputEntry id="InputEntry_Organised"><text>true</text></inputEntry>
                <outputEntry id="OutputEntry_Dsi"><text>"dsi"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(decisionId, timeToLive);
    return new ModelSource("processes/" + decisionId + ".dmn", xml.getBytes(StandardCharsets.UTF_8));
  }

  /** Beans by name with the string constants of their classes. */
  record MapDelegateCatalog(Map<String, Set<String>> beans) implements DelegateCatalog {

    @Override
    public boolean exists(String beanName) {
      return beans.containsKey(beanName);
    }

    @Override
    public Set<String> stringConstants(String beanName) {
      return beans.getOrDefault(beanName, Set.of());
    }
  }
}
