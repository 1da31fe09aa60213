package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.TASK;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodTask;
import static org.prasan.modellint.LintFixtures.process;

import java.util.function.UnaryOperator;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.Test;

class CandidateGroupRuleTest {

  private final CandidateGroupRule rule = new CandidateGroupRule();

  private static BpmnModelInstance withTask(UnaryOperator<UserTaskBuilder> change) {
    return change.apply(goodTask(process("charging").startEvent("StartEvent_Start").name("Start")
        .userTask(TASK))).endEvent("EndEvent_End").name("End").done();
  }

  @Test
  void acceptsAnAgencyOfTheRegistry() {
    assertThat(findings(rule, bpmn(withTask(task -> task)))).isEmpty();
  }

  @Test
  void acceptsSeveralGroupsAndTheLeadAgencyVariable() {
    assertThat(findings(rule, bpmn(withTask(task ->
        task.camundaCandidateGroups("coordinator, ${leadAgency},oag-tip-sup"))))).isEmpty();
  }

  /** Issue 17: a queue group (a grant-less label) only beside an agency. */
  @Test
  void acceptsAQueueGroupVariableBesideAnAgencyButNotAlone() {
    LintEnvironment base = LintFixtures.environment();
    LintEnvironment environment = new LintEnvironment(base.agencyGroups(),
        base.candidateGroupVariables(), base.serviceLevelTaskIds(), base.providedVariables(),
        base.legalClocks(), base.delegates(), java.util.Set.of("screeningQueue"));
    java.util.function.Function<String, java.util.List<String>> lint = groups ->
        new ModelLinter(environment, java.util.List.of(rule)).lint(java.util.List.of(
            bpmn(withTask(task -> task.camundaCandidateGroups(groups))))).findings().stream()
            .map(finding -> finding.severity() + " " + finding.code() + " "
                + finding.elementId()).toList();

    assertThat(lint.apply("oag-tip,${screeningQueue}")).isEmpty();
    assertThat(lint.apply("${screeningQueue}")).containsExactly("ERROR ML01 " + TASK);
    assertThat(findings(rule, bpmn(withTask(task ->
        task.camundaCandidateGroups("oag-tip,${screeningQueue}"))))).containsExactly(
        "ERROR ML01 " + TASK);
  }

  @Test
  void reportsAUserTaskWithoutCandidateGroup() {
    var model = withTask(task -> task);
    model.<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById(TASK)
        .setCamundaCandidateGroups(null);

    assertThat(findings(rule, bpmn(model))).containsExactly("ERROR ML01 " + TASK);
  }

  @Test
  void reportsAGroupOutsideTheRegistryAndSuggestsTheClosest() {
    var found = LintFixtures.lint(rule, bpmn(withTask(task -> task.camundaCandidateGroups("oag-tp"))));

    assertThat(found).extracting(Finding::code, Finding::elementId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ML01", TASK));
    assertThat(found.get(0).message()).contains("'oag-tp'").contains("did you mean 'oag-tip'");
    assertThat(found.get(0).file()).isEqualTo("processes/charging.bpmn");
  }

  @Test
  void reportsAnExpressionThatIsNotAnAgencyVariable() {
    assertThat(findings(rule, bpmn(withTask(task -> task.camundaCandidateGroups("${prosecutor}")))))
        .containsExactly("ERROR ML01 " + TASK);
  }

  @Test
  void reportsEachWrongGroupOfAList() {
    assertThat(findings(rule, bpmn(withTask(task ->
        task.camundaCandidateGroups("oag-tip,police,${caseId}")))))
        .containsExactly("ERROR ML01 " + TASK, "ERROR ML01 " + TASK);
  }

  @Test
  void reportsATaskAssignedToAPerson() {
    var found = LintFixtures.lint(rule, bpmn(withTask(task -> task.camundaAssignee("somchai"))));

    assertThat(found).singleElement().satisfies(finding ->
        assertThat(finding.message()).contains("assigned to a person"));
  }
}
