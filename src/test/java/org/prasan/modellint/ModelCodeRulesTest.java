package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodProcess;
import static org.prasan.modellint.LintFixtures.goodTask;
import static org.prasan.modellint.LintFixtures.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.junit.jupiter.api.Test;

/**
 * ML15 to ML17 (issue 15, item 2): an uploaded model runs only what the jar holds. Each attack
 * the issue names is a finding with its element; every shape the SOP's own models use passes.
 */
class ModelCodeRulesTest {

  @Test
  void aScriptTaskIsRefused() {
    BpmnModelInstance model = process("charging").startEvent("StartEvent_CaseFileToCharge")
        .name("Case file").scriptTask("ScriptTask_Run").name("Run").scriptFormat("juel")
        .scriptText("${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}")
        .endEvent("EndEvent_Done").name("Done").done();

    assertThat(findings(new ScriptRule(), bpmn(model))).containsExactly(
        "ERROR ML15 ScriptTask_Run", "ERROR ML15 ScriptTask_Run");
  }

  @Test
  void aScriptListenerIsRefused() {
    BpmnModelInstance model = goodProcess();
    UserTask task = model.getModelElementById(LintFixtures.TASK);
    CamundaScript script = model.newInstance(CamundaScript.class);
    script.setCamundaScriptFormat("groovy");
    script.setTextContent("'id'.execute()");
    CamundaExecutionListener listener = model.newInstance(CamundaExecutionListener.class);
    listener.setCamundaEvent("start");
    listener.setCamundaScript(script);
    task.builder().addExtensionElement(listener);

    assertThat(findings(new ScriptRule(), bpmn(model))).contains("ERROR ML15 "
        + LintFixtures.TASK);
  }

  @Test
  void anExpressionCallingTheEngineIsRefusedWhereverItStands() {
    BpmnModelInstance model = process("charging").startEvent("StartEvent_CaseFileToCharge")
        .name("Case file").serviceTask("ServiceTask_Grant").name("Grant")
        .camundaExpression("${execution.getProcessEngineServices().getIdentityService()"
            + ".createMembership('x', 'msdhs')}")
        .endEvent("EndEvent_Done").name("Done").done();
    ((ServiceTask) model.getModelElementById("ServiceTask_Grant")).builder()
        .camundaInputParameter("user", "${execution.processEngineServices}");

    assertThat(findings(new ExpressionRule(), bpmn(model))).containsExactly(
        "ERROR ML16 ServiceTask_Grant", "ERROR ML16 ServiceTask_Grant");
  }

  @Test
  void aTimerStartEventIsRefused() {
    BpmnModelInstance model = goodTask(process("charging").startEvent("StartEvent_Every")
        .name("Every minute").timerWithCycle("R/PT1M").userTask(LintFixtures.TASK))
        .endEvent("EndEvent_Done").name("Done").done();

    assertThat(findings(new StartTimerRule(), bpmn(model))).containsExactly(
        "ERROR ML17 StartEvent_Every");
  }

  @Test
  void theShapesTheSopUsesPass() {
    assertThat(List.of("${leadAgency}", "${triageOutcome == 'TRAFFICKING_SUSPECTED'}",
        "${remandOutcome == 'BAIL_GRANTED' || remandOutcome == 'RELEASED'}",
        "${sla.due(execution)}", "${legalClocks.warnAt(execution, 'remand-cap')}",
        "${decisionResult.getSingleResult().getEntry('proposedLeadAgency')}",
        "#{execution.processBusinessKey}", "coordinator,${leadAgency},${otherLeadAgency}",
        "${count > 3 && !empty name}", "${execution.getVariable('appealCount') >= 2}",
        "${!holdEndsAt.after(now())}",
        "${execution.processInstance.setVariable('victimScreeningOpened', true)}",
        "${execution.removeVariable('remandRenewedFrom')}"))
        .allMatch(ModelCode::allowedExpression);
    assertThat(List.of("${execution.getVariable(name)}", "${a.b}", "${a['b']}",
        "${execution.setVariable('a', b.c())}", "${execution.getProcessEngineServices()}",
        "${sla.due(execution).toString()}", "${fn:call()}", "${x.class}"))
        .noneMatch(ModelCode::allowedExpression);
  }

  @Test
  void theProjectsModelsRunNoCode() throws Exception {
    List<String> problems = new ArrayList<>();
    for (ModelSource source : LintCommand.sources(Path.of("processes"))) {
      if (source.isBpmn()) {
        for (LintRule rule : List.of(new ScriptRule(), new ExpressionRule(),
            new StartTimerRule())) {
          problems.addAll(findings(rule, source));
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
