package org.prasan.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's variable inserts of one flush, ordered so that rows with the same columns set
 * go together (issue 20). With {@code jdbcBatchProcessing} the engine sends a table's inserts
 * as one JDBC batch, which MariaDB's driver sends as one bulk command, but it starts a new
 * command whenever a row has a value in a column whose type differs from the first row's, and
 * a null counts as a type of its own there: a variable's value is in one of
 * {@code LONG_}/{@code DOUBLE_}/{@code TEXT_}/{@code BYTEARRAY_ID_} by its type, so a tip's
 * 15 variables, strings, booleans and dates mixed, went as 12-13 commands per table. Grouped,
 * they go as 2-3.
 *
 * <p>Only the order of rows within the variable tables changes (a variable row references no
 * other variable row, so no order among them matters to the database); which rows are written
 * is the engine's. Installed by replacing the engine's {@link DbEntityManagerFactory} with one
 * whose entity managers use {@link ByShape}; the engine refuses to start if another plugin
 * replaced it again.
 */
@Component
public class VariableInsertsByShape extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSessionFactories().put(DbEntityManager.class,
        new Factory(configuration.getIdGenerator()));
  }

  @Override
  public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!(configuration.getSessionFactories().get(DbEntityManager.class) instanceof Factory)) {
      throw new IllegalStateException("Another engine plugin replaced Prasan's entity manager"
          + " factory: variable inserts would go row by row again");
    }
  }

  /** The engine's factory, making entity managers that group variable inserts. */
  static final class Factory extends DbEntityManagerFactory {

    Factory(IdGenerator idGenerator) {
      super(idGenerator);
    }

    @Override
    public DbEntityManager openSession() {
      PersistenceSession session = Context.getCommandContext().getSession(PersistenceSession.class);
      return new Grouping(idGenerator, session);
    }
  }

  /**
   * Camunda's entity manager with {@link ByShape}; and the id check of every insert without
   * its eager message: the engine builds {@code "Entity " + entity + ...} (the entity's whole
   * {@code toString}, every field) before checking the id, for each row it inserts: 5.5 % of
   * the node's CPU during a MariaDB intake (JFR, issue 20). The same check, the same
   * exception with the same message when an id is missing or {@code *}.
   */
  static final class Grouping extends DbEntityManager {

    Grouping(IdGenerator idGenerator, PersistenceSession session) {
      super(idGenerator, session);
    }

    @Override
    protected void initializeOperationManager() {
      dbOperationManager = new ByShape();
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || "*".equals(id)) {
        super.validateId(entity);
      }
    }
  }

  /** Camunda's operation manager; the inserts of each variable table sorted by shape. */
  static final class ByShape extends DbOperationManager {

    private static final Comparator<DbOperation> WIDEST_FIRST = Comparator
        .comparingInt((DbOperation operation) -> -Long.bitCount(shape(operation)))
        .thenComparingLong(ByShape::shape);

    @Override
    protected void addSortedInserts(List<DbOperation> flush) {
      List<DbOperation> engineOrder = new ArrayList<>();
      super.addSortedInserts(engineOrder);
      int start = 0;
      while (start < engineOrder.size()) {
        Class<?> type = variableType(engineOrder.get(start));
        int end = start + 1;
        while (type != null && end < engineOrder.size()
            && variableType(engineOrder.get(end)) == type) {
          end++;
        }
        List<DbOperation> run = engineOrder.subList(start, end);
        if (run.size() > 1) {
          // Stable: rows of one shape keep the engine's order. Wider shapes first, so a row
          // whose set columns are a subset of the row before joins its command.
          run.sort(WIDEST_FIRST);
        }
        flush.addAll(run);
        start = end;
      }
    }

    private static Class<?> variableType(DbOperation operation) {
      Class<?> type = operation.getEntityType();
      return type == VariableInstanceEntity.class
          || type == HistoricVariableInstanceEntity.class ? type : null;
    }

    /** One bit per column that is not null in the row, of those that vary between rows. */
    static long shape(DbOperation operation) {
      DbEntity entity = ((DbEntityOperation) operation).getEntity();
      if (entity instanceof VariableInstanceEntity variable) {
        return bits(variable.getByteArrayValueId(), variable.getDoubleValue(),
            variable.getLongValue(), variable.getTextValue(), variable.getTextValue2(),
            variable.getTaskId(), variable.getBatchId(), variable.getCaseExecutionId(),
            variable.getCaseInstanceId(), variable.getProcessInstanceId(),
            variable.getExecutionId(), variable.getProcessDefinitionId(),
            variable.getTenantId());
      }
      HistoricVariableInstanceEntity variable = (HistoricVariableInstanceEntity) entity;
      return bits(variable.getByteArrayId(), variable.getDoubleValue(), variable.getLongValue(),
          variable.getTextValue(), variable.getTextValue2(), variable.getTaskId(),
          variable.getActivityInstanceId(), variable.getCaseExecutionId(),
          variable.getCaseInstanceId(), variable.getProcessInstanceId(),
          variable.getExecutionId(), variable.getRemovalTime(), variable.getTenantId(),
          variable.getRootProcessInstanceId(), variable.getProcessDefinitionId());
    }

    private static long bits(Object... columns) {
      long bits = 0;
      for (int column = 0; column < columns.length; column++) {
        if (columns[column] != null) {
          bits |= 1L << column;
        }
      }
      return bits;
    }
  }
}
