package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationType;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a flush's variable inserts go grouped by the columns they set, so MariaDB's driver
 * sends each group as one bulk command; other inserts keep the engine's order.
 */
class VariableInsertsByShapeTest {

  @Test
  void variableRowsOfOneShapeGoTogetherInTheEnginesOrder() {
    VariableInsertsByShape.ByShape manager = new VariableInsertsByShape.ByShape();
    List<String> names = List.of("caseId", "childVictim", "province", "receivedAt",
        "transnational", "tipSummary");
    manager.addOperation(insert(new ByteArrayEntity("blob", new byte[] {1}), "0"));
    for (int variable = 0; variable < names.size(); variable++) {
      VariableInstanceEntity row = new VariableInstanceEntity();
      row.setId("v" + variable);
      row.setName(names.get(variable));
      if (variable % 3 == 1 || variable == 3) {
        row.setLongValue(1L);
      } else {
        row.setTextValue("text");
      }
      manager.addOperation(insert(row, row.getId()));
    }

    List<DbOperation> flush = new ArrayList<>();
    manager.addSortedInserts(flush);

    assertThat(flush.get(0).getEntityType()).isEqualTo(ByteArrayEntity.class);
    assertThat(flush.subList(1, flush.size())).extracting(operation ->
            ((VariableInstanceEntity) ((DbEntityOperation) operation).getEntity()).getName())
        .containsExactly("childVictim", "receivedAt", "transnational", "caseId", "province",
            "tipSummary");
  }

  @Test
  void theIdCheckOfAnInsertDescribesTheRowOnlyWhenItRefusesIt() {
    VariableInsertsByShape.Grouping manager = new VariableInsertsByShape.Grouping(null, null);
    AtomicInteger described = new AtomicInteger();
    VariableInstanceEntity row = new VariableInstanceEntity() {
      @Override
      public String toString() {
        described.incrementAndGet();
        return "the row";
      }
    };
    row.setId("v1");
    manager.validateId(row);
    assertThat(described).hasValue(0);

    row.setId(null);
    assertThatThrownBy(() -> manager.validateId(row))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("the row");
    row.setId("*");
    assertThatThrownBy(() -> manager.validateId(row))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reserved");
  }

  private static DbEntityOperation insert(
      org.camunda.bpm.engine.impl.db.DbEntity entity, String id) {
    entity.setId(id);
    DbEntityOperation operation = new DbEntityOperation();
    operation.setOperationType(DbOperationType.INSERT);
    operation.setEntity(entity);
    operation.setEntityType(entity.getClass());
    return operation;
  }
}
