package org.prasan.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.prasan.system.EngineAccess;
import org.springframework.stereotype.Component;

/**
 * What the engine's history holds of a case (every process with the case id as business key):
 * processes started and ended, tasks created and completed, and each operation a user did
 * (claim, assign, complete...). Variable values are left out: the audit says who did what.
 */
@Component
public class EngineHistoryAudit {

  private final HistoryService history;
  private final EngineAccess engine;

  public EngineHistoryAudit(HistoryService history, EngineAccess engine) {
    this.history = history;
    this.engine = engine;
  }

  public List<AuditEntry> of(String caseId) {
    return engine.asSystem(() -> read(caseId));
  }

  private List<AuditEntry> read(String caseId) {
    List<AuditEntry> entries = new ArrayList<>();
    for (HistoricProcessInstance process : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).list()) {
      entries.add(entry(process.getStartTime(), process.getStartUserId(), "PROCESS_STARTED",
          process.getProcessDefinitionKey()));
      if (process.getEndTime() != null) {
        entries.add(entry(process.getEndTime(), null, "PROCESS_ENDED",
            process.getProcessDefinitionKey() + " " + process.getState()));
      }
      entries.addAll(operations(process.getId()));
    }
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(caseId).list()) {
      entries.add(entry(task.getStartTime(), null, "TASK_CREATED", task.getName()));
      if (task.getEndTime() != null) {
        entries.add(entry(task.getEndTime(), task.getAssignee(), "TASK_ENDED",
            task.getName() + " (" + task.getDeleteReason() + ")"));
      }
    }
    return entries;
  }

  private List<AuditEntry> operations(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (UserOperationLogEntry operation : history.createUserOperationLogQuery()
        .processInstanceId(processInstanceId).list()) {
      if (!seen.add(operation.getOperationId())) {
        continue;
      }
      String detail = operation.getEntityType() + " " + operation.getOperationType()
          + (operation.getTaskId() == null ? "" : " task " + operation.getTaskId())
          + ("assignee".equals(operation.getProperty()) && operation.getNewValue() != null
              ? " to " + operation.getNewValue() : "");
      entries.add(entry(operation.getTimestamp(), operation.getUserId(), "USER_OPERATION",
          detail));
    }
    return entries;
  }

  private static AuditEntry entry(Date at, String actor, String action, String detail) {
    Instant instant = at == null ? null : at.toInstant();
    return new AuditEntry(instant, actor, action, detail, AuditEntry.ENGINE);
  }
}
