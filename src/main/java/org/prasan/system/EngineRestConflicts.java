package org.prasan.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API ({@code /engine-rest}) answers 500 when two officers, on one node or two,
 * change the same thing at the same moment. Those are conflicts, not failures: the caller should
 * reload and see what the other one did. This answers 409 instead for
 * <ul>
 *   <li>an {@code OptimisticLockingException} or a deadlock the database broke by rolling this
 *       request back (Camunda's exception codes 1 and 10,000), whatever the call;</li>
 *   <li>a {@code TaskAlreadyClaimedException};</li>
 *   <li>completing or submitting the form of a task someone else has completed (Camunda says
 *       "Cannot find task", or, with authorizations on, that the caller's grant on it is gone
 *       with it): 409 naming when it was completed, or 404 when it never existed. The lookup
 *       runs as the system: officers may not read history, and the caller names the task.</li>
 * </ul>
 * Other errors keep Camunda's status and body.
 */
@Component
public class EngineRestConflicts implements ResourceConfigCustomizer {

  /** Camunda's built-in exception codes: optimistic locking, deadlock. */
  static final Set<Integer> CONFLICT_CODES = Set.of(1, 10_000);
  static final String TASK_ALREADY_CLAIMED = "TaskAlreadyClaimedException";
  private static final Pattern COMPLETION = Pattern.compile(
      "(?:^|/)task/([^/]+)/(?:complete|submit-form)$");

  private final TaskService taskService;
  private final HistoryService historyService;
  private final EngineAccess engine;

  public EngineRestConflicts(TaskService taskService, HistoryService historyService,
                             EngineAccess engine) {
    this.taskService = taskService;
    this.historyService = historyService;
    this.engine = engine;
  }

  @Override
  public void customize(ResourceConfig config) {
    config.register(new ConflictFilter());
  }

  private final class ConflictFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      boolean failed = response.getStatus() == Status.INTERNAL_SERVER_ERROR.getStatusCode();
      boolean refused = response.getStatus() == Status.FORBIDDEN.getStatusCode();
      if (!(failed || refused) || !(response.getEntity() instanceof ExceptionDto problem)) {
        return;
      }
      Optional<String> completed = completedTaskId(request);
      if (completed.isPresent() && engine.asSystem(() ->
          answeredGoneTask(completed.get(), problem, response))) {
        return;
      }
      if (refused) {
        return;
      }
      if (problem.getCode() != null && CONFLICT_CODES.contains(problem.getCode())
          || TASK_ALREADY_CLAIMED.equals(problem.getType())) {
        response.setStatus(Status.CONFLICT.getStatusCode());
      }
    }

    private Optional<String> completedTaskId(ContainerRequestContext request) {
      if (!"POST".equals(request.getMethod())) {
        return Optional.empty();
      }
      Matcher matcher = COMPLETION.matcher(request.getUriInfo().getPath());
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private boolean answeredGoneTask(String taskId, ExceptionDto problem,
                                     ContainerResponseContext response) {
      if (taskService.createTaskQuery().taskId(taskId).count() > 0) {
        return false;
      }
      HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery()
          .taskId(taskId).singleResult();
      if (task == null) {
        response.setStatus(Status.NOT_FOUND.getStatusCode());
        problem.setMessage(Bilingual.of("ไม่มีงาน " + taskId + " ในระบบ",
            "Task " + taskId + " does not exist.").text());
      } else {
        boolean completed = "completed".equals(task.getDeleteReason());
        Instant ended = task.getEndTime().toInstant();
        response.setStatus(Status.CONFLICT.getStatusCode());
        problem.setMessage(Bilingual.of(
            "งาน " + taskId + (completed ? " เสร็จไปแล้ว" : " ถูกปิดไปแล้ว ("
                + task.getDeleteReason() + ")") + " เมื่อ " + BangkokTime.th(ended)
                + " โปรดโหลดรายการงานใหม่",
            "Task " + taskId + " was already " + (completed ? "completed"
                : "closed (" + task.getDeleteReason() + ")") + " at " + BangkokTime.en(ended)
                + "; reload the task list.").text());
      }
      return true;
    }
  }
}
