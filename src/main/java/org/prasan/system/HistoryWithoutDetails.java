package org.prasan.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} without its value-by-value details (issue 20): the engine writes
 * every history table as before (processes, activities, tasks, their candidate groups,
 * variables' last values, the user operation log, decisions, jobs, incidents) but no row of
 * {@code ACT_HI_DETAIL}, which held each variable's every value and each submitted form field
 * once more. Nothing of Prasan reads it: the audit reads processes, tasks and the operation
 * log, the case page the variables' values, the dashboard tasks and their groups. Those rows
 * were a fifth of a tip's statements (one per variable, each a round trip of its own: MariaDB's
 * driver sends a new batch whenever a value's type changes from the row before).
 *
 * <p>Camunda's own database handler is replaced by this one, ahead of the handlers other
 * plugins add; the engine refuses to start if a plugin took it out again.
 */
@Component
public class HistoryWithoutDetails extends AbstractProcessEnginePlugin {

  private final HistoryEventHandler handler = new WithoutDetails();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(handler);
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isEnableDefaultDbHistoryEventHandler()
        || configuration.getCustomHistoryEventHandlers() == null
        || !configuration.getCustomHistoryEventHandlers().contains(handler)) {
      throw new IllegalStateException("Another engine plugin replaced Prasan's history handler:"
          + " the engine would write no history or the details again");
    }
  }

  /** Camunda's database handler, but for the details. */
  static final class WithoutDetails extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent historyEvent) {
      if (historyEvent instanceof HistoricFormPropertyEventEntity) {
        return;
      }
      super.handleEvent(historyEvent);
    }

    /**
     * An update of a process, activity or task instance that does not end it (a claim: the
     * assignee) is written without reading the row first: the engine reads it only for its start
     * time, to compute the duration, and its update statements write neither unless the
     * instance ends (issues 20 and 17: two reads per claim, e.g. 20 clerks claiming screening
     * tasks).
     */
    @Override
    protected void insertOrUpdate(HistoryEvent historyEvent) {
      if (historyEvent instanceof HistoricScopeInstanceEvent scope && scope.getEndTime() == null
          && historyEvent.getId() != null && !isInitialEvent(historyEvent)) {
        DbEntityManager db = getDbEntityManager();
        if (db.getCachedEntity(historyEvent.getClass(), historyEvent.getId()) == null) {
          db.merge(historyEvent);
        }
        return;
      }
      super.insertOrUpdate(historyEvent);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }
}
