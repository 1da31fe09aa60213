package org.prasan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.OfficerAnswers;

/**
 * One whole case through the engine's Java API, the same steps for Prasan's engine and the
 * bare one: the case starts ({@code start}: caseId to the case), then each open task, oldest
 * first, is claimed by an officer of its candidate group and its form submitted with the same
 * answers as over HTTP.
 */
final class EngineCase implements Officers.WholeCase {

  private static final int MAX_TASKS = 200;

  private static final String ASSET_TRACE_TOPIC = "amlo-asset-trace";
  private static final String ASSET_TRACER = "amlo.system";

  private final ProcessEngine engine;
  private final Function<Integer, String> start;
  private final Consumer<String> signIn;

  EngineCase(ProcessEngine engine, Function<Integer, String> start) {
    this(engine, start, user -> { });
  }

  /**
   * {@code signIn} is called with the user of each step before it (the coordinator lists the
   * case's tasks and reads a task's groups, the officer opens, claims and submits, AMLO's
   * system answers the asset trace), e.g. to set the identity service's authentication.
   */
  EngineCase(ProcessEngine engine, Function<Integer, String> start, Consumer<String> signIn) {
    this.engine = engine;
    this.start = start;
    this.signIn = signIn;
  }

  @Override
  public int work(int number) {
    String caseId = start.apply(number);
    OfficerAnswers answers = new OfficerAnswers();
    int tasks = 0;
    while (tasks < MAX_TASKS) {
      signIn.accept(AgencyRegistry.COORDINATOR);
      List<Task> open = engine.getTaskService().createTaskQuery()
          .processInstanceBusinessKey(caseId).orderByTaskCreateTime().asc().listPage(0, 1);
      if (open.isEmpty() && answerAssetTraces(caseId) > 0) {
        continue;
      }
      if (open.isEmpty()) {
        long running = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId).count();
        if (running > 0) {
          throw new IllegalStateException(caseId + " has no open task but " + running
              + " running processes");
        }
        return tasks;
      }
      Task task = open.get(0);
      String officer = officerOf(task);
      signIn.accept(officer);
      try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
        form.readAllBytes();
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      engine.getTaskService().claim(task.getId(), officer);
      engine.getFormService().submitTaskForm(task.getId(),
          answers.next(task.getTaskDefinitionKey()));
      tasks++;
    }
    throw new IllegalStateException(caseId + " not done after " + MAX_TASKS + " tasks");
  }

  /** As {@link AssetTraces} over HTTP: AMLO's system completes the case's asset traces. */
  private int answerAssetTraces(String caseId) {
    signIn.accept(ASSET_TRACER);
    List<LockedExternalTask> traces = engine.getExternalTaskService()
        .fetchAndLock(10, "bench-amlo").topic(ASSET_TRACE_TOPIC, 60_000)
        .businessKey(caseId).execute();
    for (LockedExternalTask trace : traces) {
      engine.getExternalTaskService().complete(trace.getId(), "bench-amlo", Map.of(
          "assetsTraced", "YES",
          "assetTraceSummary", "Two accounts and the bar premises in the recruiter's name"));
    }
    return traces.size();
  }

  private String officerOf(Task task) {
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        return RestCase.userOf(link.getGroupId());
      }
    }
    throw new IllegalStateException("task " + task.getId() + " has no candidate group");
  }
}
