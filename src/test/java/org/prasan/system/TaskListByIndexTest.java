package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

class TaskListByIndexTest {

  private static final List<ParameterMapping> PARAMETERS = IntStream.range(0, 8)
      .mapToObj(index -> new ParameterMapping.Builder(new Configuration(), "p" + index,
          Object.class).build())
      .toList();

  private static TaskQueryAuthorizationRewrite.Rewritten grantsReshaped(String sql) {
    return TaskQueryAuthorizationRewrite.rewrite(sql, PARAMETERS);
  }

  @Test
  void theCandidateLinkAndTheTasksOwnGrantBecomeExistsWithoutDistinct() {
    TaskQueryAuthorizationRewrite.Rewritten grants =
        grantsReshaped(TaskQueryAuthorizationRewriteTest.TASK_QUERY);

    TaskQueryAuthorizationRewrite.Rewritten rewritten =
        TaskListByIndex.rewrite(grants.sql(), grants.parameters());

    String checks = """
        A.TYPE_ < 2
        AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )
          AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )""";
    assertThat(rewritten.sql()).isEqualToIgnoringWhitespace(("""
        SET STATEMENT optimizer_switch='semijoin=off,materialization=off' FOR
        select RES.ID_, RES.DUE_DATE_
            from ACT_RU_TASK RES
            left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
           WHERE ( 1 = 1 and ( EXISTS (select 1 from ACT_RU_IDENTITYLINK I
                  where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) )) )
              and RES.SUSPENSION_STATE_ = 1 )
                and (
                  (RES.CASE_EXECUTION_ID_ IS NOT NULL)
                  OR
                  (EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION AUTH_TASK WHERE
                     AUTH_TASK.RESOURCE_ID_ = RES.ID_ AND (%s))
                   OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE (%s)
                     AND A.RESOURCE_ID_ = D.KEY_)
                   OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE (%s)
                     AND A.RESOURCE_ID_ = '*'))
                )
            and (RES.TENANT_ID_ is null )
          order by RES.DUE_DATE_ asc
          LIMIT ? OFFSET ?""").formatted(checks.replace("A.", "AUTH_TASK."), checks, checks));
    // The filter's group first now, then the task's own grant, the other two, limit, offset.
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty).containsExactly(
        "p5", "p0", "p1", "p2", "p3", "p4", "p0", "p1", "p2", "p3", "p4", "p0", "p1", "p2", "p3",
        "p4", "p6", "p7");
  }

  @Test
  void thenThePageIsFoundFirstWithoutDistinct() {
    TaskQueryAuthorizationRewrite.Rewritten grants =
        grantsReshaped(TaskQueryAuthorizationRewriteTest.TASK_QUERY);
    String byIndex = TaskListByIndex.rewrite(grants.sql(), grants.parameters()).sql();

    String page = TaskListPageFirst.rewrite(byIndex);

    assertThat(page).startsWith(TaskListByIndex.OPTIMIZER + "select RES.ID_, RES.DUE_DATE_ from "
        + "ACT_RU_TASK RES join (select RES.ID_, RES.DUE_DATE_ from ACT_RU_TASK RES")
        .endsWith("LIMIT ? OFFSET ?) PAGE on RES.ID_ = PAGE.ID_ order by PAGE.DUE_DATE_ asc");
  }

  /** The engine's SQL breaks lines inside its joins (the mapping's choose of the join type). */
  @Test
  void theEnginesLineBreaksDoNotMatter() {
    String engines = TaskQueryAuthorizationRewriteTest.TASK_QUERY
        .replace("select distinct RES.ID_", "select distinct\n    RES.ID_")
        .replace("left join ACT_RE_PROCDEF D", "left join\n      ACT_RE_PROCDEF D")
        .replace("from ACT_RU_TASK RES", "\n  from\n ACT_RU_TASK RES")
        .replace("I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) )",
            "I.TYPE_ = 'candidate'\n and\n (\n I.GROUP_ID_ IN\n (\n ?\n )\n )");
    TaskQueryAuthorizationRewrite.Rewritten grants = grantsReshaped(engines);

    assertThat(TaskListByIndex.rewrite(grants.sql(), grants.parameters())).isNotNull();
  }

  private static TaskQueryAuthorizationRewrite.Rewritten sortedBy(String sorting) {
    TaskQueryAuthorizationRewrite.Rewritten grants = grantsReshaped(
        TaskQueryAuthorizationRewriteTest.TASK_QUERY.replace("order by RES.DUE_DATE_ asc",
            "order by " + sorting));
    return TaskListByIndex.rewrite(grants.sql(), grants.parameters());
  }

  /** The filters' due date then the officer's sort: an index gives it, or its full reverse. */
  @Test
  void aListSortedByDueDateThenCreatedOrPriorityIsWalked() {
    for (String walked : List.of("RES.DUE_DATE_ asc, RES.PRIORITY_ desc",
        "RES.DUE_DATE_ asc, RES.PRIORITY_ asc", "RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc",
        "RES.DUE_DATE_ asc, RES.CREATE_TIME_ desc", "RES.DUE_DATE_ desc, RES.CREATE_TIME_ asc",
        "RES.DUE_DATE_ desc, RES.PRIORITY_ desc", "RES.DUE_DATE_ asc, RES.DUE_DATE_ desc",
        "RES.CREATE_TIME_ desc", "RES.PRIORITY_ asc", "RES.FOLLOW_UP_DATE_ asc")) {
      TaskQueryAuthorizationRewrite.Rewritten rewritten = sortedBy(walked);
      assertThat(rewritten).as(walked).isNotNull();
      assertThat(rewritten.sql()).as("the engine's order kept").contains("order by " + walked);
    }
  }

  /** No index gives these: walking one would read every task of the table. */
  @Test
  void aListSortedOtherwiseKeepsTheJoin() {
    for (String joined : List.of("RES.PRIORITY_ asc, RES.DUE_DATE_ asc",
        "RES.DUE_DATE_ asc, RES.NAME_ asc", "RES.NAME_ asc",
        "RES.DUE_DATE_ asc, RES.PRIORITY_ asc, RES.CREATE_TIME_ asc",
        "RES.CREATE_TIME_ asc, RES.DUE_DATE_ asc")) {
      assertThat(sortedBy(joined)).as(joined).isNull();
    }
  }

  /** One list says which sorts are walked and which indexes give them (EngineIndexes). */
  @Test
  void everyWalkedSortHasItsIndex() {
    assertThat(EngineIndexes.TASK_SORTS).contains(List.of("DUE_DATE_ asc", "PRIORITY_ desc"));
    assertThat(EngineIndexes.ALL).contains("CREATE INDEX IF NOT EXISTS "
        + "PRASAN_IDX_TASK_DUE_PRIORITY_DESC ON ACT_RU_TASK (DUE_DATE_, PRIORITY_ DESC)",
        "CREATE INDEX IF NOT EXISTS PRASAN_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_)");
  }

  @Test
  void aListReadingTheLinkElsewhereOrJoiningMoreRunsUnchanged() {
    String sql = grantsReshaped(TaskQueryAuthorizationRewriteTest.TASK_QUERY).sql();
    List<ParameterMapping> parameters = grantsReshaped(
        TaskQueryAuthorizationRewriteTest.TASK_QUERY).parameters();

    assertThat(TaskListByIndex.rewrite(sql.replace("and RES.SUSPENSION_STATE_ = 1",
        "and (I.USER_ID_ = 'x' or RES.ASSIGNEE_ = 'x')"), parameters)).isNull();
    assertThat(TaskListByIndex.rewrite(sql.replace("left join ACT_RE_PROCDEF D",
        "left join ACT_RU_EXECUTION E on RES.PROC_INST_ID_ = E.ID_ left join ACT_RE_PROCDEF D"),
        parameters)).isNull();
    assertThat(TaskListByIndex.rewrite(TaskQueryAuthorizationRewriteTest.TASK_QUERY, PARAMETERS))
        .as("grants not reshaped first").isNull();
  }
}
