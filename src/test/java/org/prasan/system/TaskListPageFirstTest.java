package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskListPageFirstTest {

  /** The shape of the engine's MySQL task list (7.24), its whitespace shortened. */
  private static final String TASK_LIST = """
      select distinct
          RES.REV_, RES.ID_, RES.NAME_, RES.DESCRIPTION_, RES.DUE_DATE_
          from ACT_RU_TASK RES
            left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
         WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )
        order by RES.DUE_DATE_ asc, RES.PRIORITY_ desc
        LIMIT ? OFFSET ?""";

  @Test
  void thePageIsFoundOnTheIdAndSortColumnsThenItsTasksAreRead() {
    assertThat(TaskListPageFirst.rewrite(TASK_LIST)).isEqualToIgnoringWhitespace("""
        select RES.REV_, RES.ID_, RES.NAME_, RES.DESCRIPTION_, RES.DUE_DATE_
          from ACT_RU_TASK RES join (
            select distinct RES.ID_, RES.DUE_DATE_, RES.PRIORITY_
              from ACT_RU_TASK RES
                left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
             WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )
            order by RES.DUE_DATE_ asc, RES.PRIORITY_ desc
            LIMIT ? OFFSET ?) PAGE on RES.ID_ = PAGE.ID_
         order by PAGE.DUE_DATE_ asc, PAGE.PRIORITY_ desc""");
  }

  @Test
  void sortingByTheIdSelectsItOnce() {
    assertThat(TaskListPageFirst.rewrite(TASK_LIST.replace(
        "RES.DUE_DATE_ asc, RES.PRIORITY_ desc", "RES.ID_ asc")))
        .contains("select distinct RES.ID_ from ACT_RU_TASK RES");
  }

  @Test
  void aListSortedByAVariableRunsUnchanged() {
    assertThat(TaskListPageFirst.rewrite(TASK_LIST.replace("RES.PRIORITY_ desc",
        "SORT_VAR_0.TEXT_ asc"))).isNull();
  }

  @Test
  void aListWithoutAPageOrWithColumnsOfOtherTablesRunsUnchanged() {
    assertThat(TaskListPageFirst.rewrite(TASK_LIST.replace("LIMIT ? OFFSET ?", ""))).isNull();
    assertThat(TaskListPageFirst.rewrite(TASK_LIST.replace("RES.NAME_,", "D.KEY_,")))
        .isNull();
    assertThat(TaskListPageFirst.rewrite("select count(distinct RES.ID_) from ACT_RU_TASK RES"))
        .isNull();
  }

  @Test
  void aCountingPageCountsTheDistinctTasksBeforeThePageIsCut() {
    assertThat(TaskListPageFirst.counting(TASK_LIST)).isEqualToIgnoringWhitespace("""
        select RES.REV_, RES.ID_, RES.NAME_, RES.DESCRIPTION_, RES.DUE_DATE_, PAGE.PRASAN_TOTAL_
          from ACT_RU_TASK RES join (
            select LISTED.*, count(*) over () PRASAN_TOTAL_ from (
              select distinct RES.ID_, RES.DUE_DATE_, RES.PRIORITY_
                from ACT_RU_TASK RES
                  left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
               WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )
            ) LISTED
            order by LISTED.DUE_DATE_ asc, LISTED.PRIORITY_ desc
            LIMIT ? OFFSET ?) PAGE on RES.ID_ = PAGE.ID_
         order by PAGE.DUE_DATE_ asc, PAGE.PRIORITY_ desc""");
    assertThat(TaskListPageFirst.counting(TASK_LIST.replace("select distinct", "select")))
        .as("rows that are not one task each").isNull();
  }

  @Test
  void aListsCriteriaAreTheCountsOfTheSameTasks() {
    String count = "select count(distinct RES.ID_ )\n" + TASK_LIST.substring(
        TASK_LIST.indexOf("from"), TASK_LIST.indexOf("order by"));
    assertThat(TaskListPageFirst.criteria(TASK_LIST)).isNotNull()
        .isEqualTo(TasklistCountCap.criteria(count))
        .startsWith("from ACT_RU_TASK RES left join").endsWith(") ) ) )");
  }
}
