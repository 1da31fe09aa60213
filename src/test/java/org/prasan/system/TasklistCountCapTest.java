package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TasklistCountCapTest {

  @Test
  void theEnginesTaskCountBecomesTheCountOfAtMostTheCapDistinctTasks() {
    String count = """
        SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_
            from ACT_RU_TASK RES
            left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
           WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )
         ) countDistinct""";

    assertThat(TasklistCountCap.rewrite(count)).isEqualToIgnoringWhitespace("""
        SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES
            left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
           WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )
           LIMIT 1000) countDistinct""");
  }

  @Test
  void theMySqlFormOfTheCountIsCappedToo() {
    assertThat(TasklistCountCap.rewrite("""
        select count(distinct RES.ID_ )
            from ACT_RU_TASK RES
           WHERE RES.SUSPENSION_STATE_ = 1""")).isEqualToIgnoringWhitespace("""
        select count(*) from (select distinct RES.ID_ from ACT_RU_TASK RES
           WHERE RES.SUSPENSION_STATE_ = 1 LIMIT 1000) countDistinct""");
  }

  @Test
  void anyOtherStatementIsLeftAlone() {
    assertThat(TasklistCountCap.rewrite("select count(*) from ACT_RU_TASK RES")).isNull();
    assertThat(TasklistCountCap.rewrite("select distinct RES.ID_ from ACT_RU_TASK RES "))
        .isNull();
    assertThat(TasklistCountCap.rewrite(
        "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES LIMIT 5) countDistinct"))
        .isNull();
  }

  @Test
  void onlyTheTasklistsRequestsAreCapped() {
    assertThat(TasklistCountCap.applies()).isFalse();
    assertThat(TasklistCountCap.asTasklist(TasklistCountCap::applies)).isTrue();
    assertThat(TasklistCountCap.applies()).isFalse();
  }
}
