package org.prasan.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.prasan.models.MigrationReport.InstanceOutcome;
import org.prasan.models.MigrationReport.Outcome;
import org.prasan.system.Bilingual;
import org.prasan.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases from one version of a process to another. Activities map by equal ids
 * (so renaming an id in Modeler strands the cases waiting there); timers and messages keep
 * their triggers, so a legal clock that is running is never restarted. A case waiting where
 * nothing maps stays on its version. The movable cases move together in one transaction; a
 * dry run does exactly the same and rolls back, so it reports what the real run will do.
 */
@Service
public class CaseMigrations {

  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;

  public CaseMigrations(RepositoryService repository, RuntimeService runtime,
                        PlatformTransactionManager transactions) {
    this.repository = repository;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
  }

  public MigrationReport migrate(MigrationRequest request) {
    ProcessDefinition source = definition(request.processKey(), request.fromVersion());
    ProcessDefinition target = definition(request.processKey(), request.toVersion());
    MigrationPlan plan = runtime.createMigrationPlan(source.getId(), target.getId())
        .mapEqualActivities().build();
    Set<String> mappedSources = new LinkedHashSet<>();
    plan.getInstructions().forEach(instruction -> mappedSources.add(instruction.getSourceActivityId()));

    Map<String, InstanceOutcome> outcomes = new LinkedHashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery()
        .processDefinitionId(source.getId()).orderByProcessInstanceId().asc().list()) {
      outcomes.put(instance.getId(), predict(instance, mappedSources, request.toVersion()));
    }
    execute(plan, outcomes, request.dryRun());

    List<InstanceOutcome> all = List.copyOf(outcomes.values());
    int moving = (int) all.stream().filter(outcome -> outcome.outcome() == Outcome.MIGRATE).count();
    List<InstanceOutcome> listed = request.dryRun() ? all
        : all.stream().filter(outcome -> outcome.outcome() == Outcome.STAY).toList();
    return new MigrationReport(request.processKey(), request.fromVersion(), request.toVersion(),
        request.dryRun(), planView(plan, source, target, request.toVersion()), all.size(), moving,
        all.size() - moving, listed);
  }

  /**
   * Migrates the cases predicted to move, all in one transaction. Should the engine refuse one
   * (it changed since the prediction, or fails a check the prediction does not make), that
   * case stays, with the engine's reasons, and the others are tried again.
   */
  private void execute(MigrationPlan plan, Map<String, InstanceOutcome> outcomes, boolean dryRun) {
    while (true) {
      List<String> moving = outcomes.values().stream()
          .filter(outcome -> outcome.outcome() == Outcome.MIGRATE)
          .map(InstanceOutcome::processInstanceId).toList();
      if (moving.isEmpty()) {
        return;
      }
      try {
        transaction.executeWithoutResult(status -> {
          runtime.newMigration(plan).processInstanceIds(moving).execute();
          if (dryRun) {
            status.setRollbackOnly();
          }
        });
        return;
      } catch (MigratingProcessInstanceValidationException refused) {
        MigratingProcessInstanceValidationReport report = refused.getValidationReport();
        InstanceOutcome outcome = outcomes.get(report.getProcessInstanceId());
        if (outcome == null || outcome.outcome() == Outcome.STAY) {
          throw refused;
        }
        outcomes.put(outcome.processInstanceId(), new InstanceOutcome(outcome.processInstanceId(),
            outcome.businessKey(), outcome.activities(), Outcome.STAY, reasons(report)));
      }
    }
  }

  private InstanceOutcome predict(ProcessInstance instance, Set<String> mappedSources,
                                  int toVersion) {
    ActivityInstance tree = runtime.getActivityInstance(instance.getId());
    List<String> waiting = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    if (tree != null) {
      collect(tree, waiting, unmapped, mappedSources);
    }
    List<String> reasons = unmapped.stream()
        .map(activityId -> "waits at " + activityId + ", which version " + toVersion
            + " has no activity to map to")
        .toList();
    return new InstanceOutcome(instance.getId(), instance.getBusinessKey(), waiting,
        unmapped.isEmpty() ? Outcome.MIGRATE : Outcome.STAY, reasons);
  }

  private static void collect(ActivityInstance scope, List<String> waiting, List<String> unmapped,
                              Set<String> mappedSources) {
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      check(child.getActivityId(), unmapped, mappedSources);
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        waiting.add(child.getActivityId());
      }
      collect(child, waiting, unmapped, mappedSources);
    }
    for (TransitionInstance transition : scope.getChildTransitionInstances()) {
      check(transition.getActivityId(), unmapped, mappedSources);
      waiting.add(transition.getActivityId());
    }
  }

  private static void check(String activityId, List<String> unmapped, Set<String> mappedSources) {
    String id = activityId.endsWith(MULTI_INSTANCE_BODY)
        ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
    if (!mappedSources.contains(id) && !mappedSources.contains(activityId) && !unmapped.contains(id)) {
      unmapped.add(id);
    }
  }

  private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
        .forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure)));
    report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
        .forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure)));
    return reasons;
  }

  private MigrationReport.Plan planView(MigrationPlan plan, ProcessDefinition source,
                                        ProcessDefinition target, int toVersion) {
    List<MigrationReport.Mapping> mapped = new ArrayList<>();
    Set<String> mappedSources = new LinkedHashSet<>();
    Set<String> mappedTargets = new LinkedHashSet<>();
    for (MigrationInstruction instruction : plan.getInstructions()) {
      mapped.add(new MigrationReport.Mapping(instruction.getSourceActivityId(),
          instruction.getTargetActivityId()));
      mappedSources.add(instruction.getSourceActivityId());
      mappedTargets.add(instruction.getTargetActivityId());
    }
    BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.getId());
    List<MigrationReport.Unmapped> unmapped = new ArrayList<>();
    for (FlowNode node : waitStates(repository.getBpmnModelInstance(source.getId()))) {
      if (mappedSources.contains(node.getId())) {
        continue;
      }
      String reason = targetModel.getModelElementById(node.getId()) == null
          ? "version " + toVersion + " has no activity with this id"
          : "version " + toVersion + " has this id, but its type or its place in a scope changed";
      unmapped.add(new MigrationReport.Unmapped(node.getId(), node.getName(), reason,
          runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
              .activityIdIn(node.getId()).count()));
    }
    List<String> newActivities = waitStates(targetModel).stream().map(FlowNode::getId)
        .filter(id -> !mappedTargets.contains(id)).toList();
    return new MigrationReport.Plan(mapped, unmapped, newActivities);
  }

  /**
   * The elements a case can wait in, the only ones a migration maps: user and receive tasks,
   * call activities and sub-processes, external tasks, anything asynchronous, catching events
   * and event-based gateways. A synchronous service task ({@code ServiceTask_VerifyEvidence})
   * runs through in the transaction that reaches it, so no case ever waits there: the engine
   * does not map it, and listing it as changed and new (as the dry run once did) was false.
   */
  static List<FlowNode> waitStates(BpmnModelInstance model) {
    List<FlowNode> nodes = new ArrayList<>();
    addAll(nodes, model.getModelElementsByType(Activity.class).stream()
        .filter(CaseMigrations::canWait).toList());
    addAll(nodes, model.getModelElementsByType(IntermediateCatchEvent.class));
    addAll(nodes, model.getModelElementsByType(BoundaryEvent.class));
    addAll(nodes, model.getModelElementsByType(EventBasedGateway.class));
    return nodes;
  }

  private static boolean canWait(Activity activity) {
    if (activity instanceof UserTask || activity instanceof ReceiveTask
        || activity instanceof CallActivity || activity instanceof SubProcess
        || activity.getLoopCharacteristics() != null
        || activity.isCamundaAsyncBefore() || activity.isCamundaAsyncAfter()) {
      return true;
    }
    return activity instanceof ServiceTask task && "external".equals(task.getCamundaType());
  }

  private static void addAll(List<FlowNode> nodes, Collection<? extends FlowNode> more) {
    more.stream().sorted(java.util.Comparator.comparing(FlowNode::getId)).forEach(nodes::add);
  }

  private ProcessDefinition definition(String key, int version) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(key).processDefinitionVersion(version).withoutTenantId().singleResult();
    if (definition == null) {
      throw new NotFoundException(Bilingual.of(
          "กระบวนการ " + key + " ไม่มีรุ่นที่ " + version + " ที่นำขึ้นใช้งาน",
          "Process " + key + " has no deployed version " + version));
    }
    return definition;
  }
}
