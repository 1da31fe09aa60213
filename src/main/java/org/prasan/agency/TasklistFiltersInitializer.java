package org.prasan.agency;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasklist filters every officer needs. They use {@code currentUserGroups()}, so one filter
 * shows each officer the tasks of their own agency's groups; without filters the Tasklist is
 * empty. Their names are bilingual, Thai first ("ของหน่วยงานฉัน / My agency"): a filter's name is
 * data, not a label, so the Tasklist shows it as stored whatever the browser's language. Every
 * agency group reads them ({@link TasklistFilters} grants each filter on its own).
 */
@Component
public class TasklistFiltersInitializer {

  static final String MY_AGENCY = "งานของหน่วยงานฉัน / My agency";
  static final String OVERDUE = "เกินกำหนด / Overdue";
  static final String DUE_TODAY = "ครบกำหนดวันนี้ / Due today";

  private final TasklistFilters filters;
  private final TaskService taskService;
  private final AgencyRegistry registry;

  public TasklistFiltersInitializer(TasklistFilters filters, TaskService taskService,
                                    AgencyRegistry registry) {
    this.filters = filters;
    this.taskService = taskService;
    this.registry = registry;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  // One transaction for the whole set-up: one commit, not one per user, membership or grant.
  @Transactional
  public void createFilters() {
    ensureFilter(MY_AGENCY, -10, "Open tasks of your agency's groups, claimed or not", agencyTasks());
    ensureFilter(OVERDUE, -9, "Tasks of your agency past their due date", agencyTasks()
        .dueBeforeExpression("${now()}"));
    ensureFilter(DUE_TODAY, -8, "Tasks of your agency due before the end of today", agencyTasks()
        .dueAfterExpression("${dateTime().withTimeAtStartOfDay().toDate()}")
        .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"));
  }

  private TaskQuery agencyTasks() {
    return taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .active()
        .orderByDueDate().asc();
  }

  private void ensureFilter(String name, int priority, String description, TaskQuery query) {
    filters.ensure(name, priority, description, query, registry.groupIds());
  }
}
