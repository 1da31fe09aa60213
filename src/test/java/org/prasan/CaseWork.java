package org.prasan;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * What happens to a case between API calls in Spring tests: an officer of a task's agency
 * claims and completes it, and the case's jobs fall due on the engine clock.
 */
public final class CaseWork {

  private static final int MAX_ROUNDS = 10;

  private final TaskService taskService;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  public CaseWork(ProcessEngine engine) {
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.runtimeService = engine.getRuntimeService();
    this.managementService = engine.getManagementService();
  }

  public Task openTask(String caseId, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskKey).singleResult();
  }

  /** {@code <agency>.officer} claims the case's open task and completes it with the form. */
  public void complete(String caseId, String taskKey, String agency, Map<String, Object> form) {
    Task task = openTask(caseId, taskKey);
    String officer = agency + ".officer";
    identityService.setAuthentication(officer, List.of(agency));
    try {
      taskService.claim(task.getId(), officer);
      taskService.complete(task.getId(), form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * Ends every process of the case, so its tasks leave the Tasklists of the tests that share
   * the context (their history stays).
   */
  public void withdraw(String caseId) {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
        .forEach(instance -> runtimeService.deleteProcessInstanceIfExists(instance.getId(),
            "Test case withdrawn", false, true, false, false));
  }

  /**
   * Runs the jobs of every process of the case that are due by the engine clock, and those
   * they make due (a ladder's first step after its timer), until none is left.
   */
  public void runDueJobs(String caseId) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).list().stream()
          .flatMap(instance -> managementService.createJobQuery()
              .processInstanceId(instance.getId()).executable().list().stream())
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
