package org.prasan.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * The engine's handler of failed-job incidents, without looking for the incident of a job that
 * never failed (issue 20). Whenever a job is deleted (a task's escalation timer when the task
 * is completed, a stage's timers when it ends) the engine asks the database for the job's
 * incident: 1.7 statements of every task, each answering nothing. A job that failed keeps its
 * exception (the engine records it at every failure, before any incident exists, and nothing
 * clears it), so a job deleted without one has no failed-job incident to resolve. A job that
 * failed, and a job not in this command's hands, are looked up as before.
 */
@Component
public class FailedJobIncidents extends AbstractProcessEnginePlugin {

  private final IncidentHandler handler = new OnlyIfFailed();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(handler);
    configuration.setCustomIncidentHandlers(handlers);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE) != handler) {
      throw new IllegalStateException("Another engine plugin replaced Prasan's handler of"
          + " failed-job incidents");
    }
  }

  /** Camunda's own handler, but for jobs that never failed. */
  static final class OnlyIfFailed extends DefaultIncidentHandler {

    OnlyIfFailed() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    protected void removeIncident(IncidentContext context, boolean incidentResolved) {
      if (context.getConfiguration() != null && Context.getCommandContext() != null) {
        JobEntity job = Context.getCommandContext().getDbEntityManager()
            .getCachedEntity(JobEntity.class, context.getConfiguration());
        if (job != null && job.getExceptionMessage() == null
            && job.getExceptionByteArrayId() == null) {
          return;
        }
      }
      super.removeIncident(context, incidentResolved);
    }
  }
}
