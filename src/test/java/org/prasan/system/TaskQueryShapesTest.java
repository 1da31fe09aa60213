package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.RowBounds;
import org.junit.jupiter.api.Test;

class TaskQueryShapesTest {

  private static final String ENTITY = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";

  @Test
  void onlyStatementHandlersOnThePluginsTableAreWrapped() {
    Object executor = new Object();
    StatementHandler onTasks = handlerOf("select RES.* from ACT_RU_TASK RES where RES.ID_ = ?");
    StatementHandler onVariables = handlerOf(
        "select distinct RES.* from ACT_RU_VARIABLE RES where RES.NAME_ = ?");
    StatementHandler anInsert = handlerOf("insert into ACT_HI_ACTINST (ID_) values (?)");
    var tasks = new TaskQueryShapes();
    var variables = new VariableQueryShapes();
    for (org.apache.ibatis.plugin.Interceptor plugin : List.of(tasks, variables)) {
      assertThat(plugin.plugin(executor)).isSameAs(executor);
      assertThat(plugin.plugin(anInsert)).isSameAs(anInsert);
    }
    assertThat(variables.plugin(onTasks)).isSameAs(onTasks);
    assertThat(tasks.plugin(onVariables)).isSameAs(onVariables);
    for (Object wrapped : List.of(tasks.plugin(onTasks), variables.plugin(onVariables))) {
      assertThat(wrapped).isInstanceOf(StatementHandler.class);
      assertThat(Proxy.getInvocationHandler(wrapped))
          .isInstanceOf(org.apache.ibatis.plugin.Plugin.class);
    }
  }

  private static StatementHandler handlerOf(String sql) {
    BoundSql bound = new BoundSql(new Configuration(), sql, List.of(), null);
    return (StatementHandler) Proxy.newProxyInstance(TaskQueryShapesTest.class.getClassLoader(),
        new Class<?>[] {StatementHandler.class},
        (proxy, method, arguments) -> method.getName().equals("getBoundSql") ? bound : null);
  }

  @Test
  void theEnginesTaskListIsPreparedWithTheExistsChecksAndThePageFirst() throws Throwable {
    assertThat(preparedSql(ENTITY + "selectTaskByQueryCriteria",
        TaskQueryAuthorizationRewriteTest.TASK_QUERY))
        .contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A").doesNotContain("AUTH.")
        .contains(") PAGE on RES.ID_ = PAGE.ID_ order by PAGE.DUE_DATE_ asc");
  }

  @Test
  void theEnginesTaskCountIsPreparedWithTheExistsChecksOnly() throws Throwable {
    String count = TaskQueryAuthorizationRewriteTest.TASK_QUERY
        .replace("select distinct RES.ID_, RES.DUE_DATE_", "select count(distinct RES.ID_)")
        .replace("order by RES.DUE_DATE_ asc", "").replace("LIMIT ? OFFSET ?", "");
    assertThat(preparedSql(ENTITY + "selectTaskCountByQueryCriteria", count))
        .contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A").doesNotContain("PAGE");
  }

  @Test
  void anotherStatementWithTheSameJoinIsPreparedAsWritten() throws Throwable {
    assertThat(preparedSql(ENTITY + "selectHistoricTaskInstancesByQueryCriteria",
        TaskQueryAuthorizationRewriteTest.TASK_QUERY)).isEqualTo(TaskQueryAuthorizationRewriteTest.TASK_QUERY);
  }

  @Test
  void anAgencyWithManyOpenTasksHasItsPageWalkedByTheSortIndex() throws Throwable {
    String walked = preparedSql(ENTITY + "selectTaskByQueryCriteria",
        TaskQueryAuthorizationRewriteTest.TASK_QUERY, TaskListByIndex.manyLinks);
    assertThat(walked).startsWith(TaskListByIndex.OPTIMIZER)
        .contains("EXISTS (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_")
        .doesNotContain("distinct").doesNotContain("left join ACT_RU_IDENTITYLINK")
        .contains(") PAGE on RES.ID_ = PAGE.ID_ order by PAGE.DUE_DATE_ asc");
    assertThat(preparedSql(ENTITY + "selectTaskByQueryCriteria",
        TaskQueryAuthorizationRewriteTest.TASK_QUERY, TaskListByIndex.manyLinks - 1))
        .as("fewer links: the engine's join, its page found first")
        .contains("left join ACT_RU_IDENTITYLINK I").contains("select distinct RES.ID_");
  }

  @Test
  void aTextIsReshapedOnceAndTheSameWayEachTimeTheWalkStillDecidedByTheLinksCounted()
      throws Throwable {
    String list = ENTITY + "selectTaskByQueryCriteria";
    String sql = TaskQueryAuthorizationRewriteTest.TASK_QUERY;
    TaskQueryShapes kept = new TaskQueryShapes();
    Prepared joined = preparedWith(kept, list, sql, 0);
    Prepared walked = preparedWith(kept, list, sql, TaskListByIndex.manyLinks);
    assertThat(walked.sql()).isNotEqualTo(joined.sql());
    for (int again = 0; again < 2; again++) {
      assertThat(preparedWith(kept, list, sql, 0)).as("kept, few links").isEqualTo(joined)
          .isEqualTo(preparedWith(new TaskQueryShapes(), list, sql, 0));
      assertThat(preparedWith(kept, list, sql, TaskListByIndex.manyLinks))
          .as("kept, many links").isEqualTo(walked)
          .isEqualTo(preparedWith(new TaskQueryShapes(), list, sql, TaskListByIndex.manyLinks));
    }
    assertThat(joined.parameters()).as("the grants' parameters repeated for each EXISTS")
        .hasSizeGreaterThan((int) sql.chars().filter(c -> c == '?').count());
  }

  private static final String LIST = ENTITY + "selectTaskByQueryCriteria";
  private static final String COUNT = ENTITY + "selectTaskCountByQueryCriteria";
  /** The engine's count of {@link TaskQueryAuthorizationRewriteTest#TASK_QUERY}'s tasks. */
  private static final String COUNT_QUERY = TaskQueryAuthorizationRewriteTest.TASK_QUERY
      .replace("select distinct RES.ID_, RES.DUE_DATE_", "select count(distinct RES.ID_ )")
      .replace("order by RES.DUE_DATE_ asc", "").replace("LIMIT ? OFFSET ?", "");

  @Test
  void duringARequestTheJoinedPageCountsItsTasksAndTheCountAfterItIsAnsweredWithThatNumber() {
    TaskQueryShapes shapes = new TaskQueryShapes();
    PageTotals.during(() -> {
      Prepared page = prepared(shapes, LIST, TaskQueryAuthorizationRewriteTest.TASK_QUERY, 0);
      assertThat(page.sql()).contains("count(*) over () " + PageTotals.COLUMN)
          .contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A")
          .contains(") PAGE on RES.ID_ = PAGE.ID_ order by PAGE.DUE_DATE_ asc");
      PageTotalsTest.read(PageTotals.current(), 42L);

      Prepared counted = prepared(shapes, COUNT, COUNT_QUERY, 0);

      assertThat(counted.sql()).isEqualTo("select cast(? as signed)");
      assertThat(counted.parameters()).containsExactly("prasanPageTotal");
      assertThat(shapes.countsFromPages()).isOne();
      assertThat(prepared(shapes, COUNT, COUNT_QUERY, 0).sql()).as("the next count")
          .contains("count(distinct RES.ID_ )").contains("EXISTS (SELECT 1 FROM");
      return null;
    });
  }

  @Test
  void aWalkedPageOrAListOutsideARequestCountsNothingAndTheCountReadsTheTasks() {
    TaskQueryShapes shapes = new TaskQueryShapes();
    assertThat(prepared(shapes, LIST, TaskQueryAuthorizationRewriteTest.TASK_QUERY, 0).sql())
        .as("outside a request").doesNotContain(PageTotals.COLUMN);
    PageTotals.during(() -> {
      assertThat(prepared(shapes, LIST, TaskQueryAuthorizationRewriteTest.TASK_QUERY,
          TaskListByIndex.manyLinks).sql()).as("walked").doesNotContain(PageTotals.COLUMN);
      assertThat(prepared(shapes, COUNT, COUNT_QUERY, 0).sql())
          .contains("count(distinct RES.ID_ )");
      return null;
    });
    assertThat(shapes.countsFromPages()).isZero();
  }

  private static Prepared prepared(TaskQueryShapes shapes, String statementId, String sql,
                                   long links) {
    try {
      return preparedWith(shapes, statementId, sql, links);
    } catch (Throwable failed) {
      throw new AssertionError(failed);
    }
  }

  private static String preparedSql(String statementId, String sql) throws Throwable {
    return preparedSql(statementId, sql, 0);
  }

  /**
   * What the interceptor hands the JDBC connection when MyBatis prepares the statement; the
   * groups' candidate links counted before a list are {@code links}.
   */
  private static String preparedSql(String statementId, String sql, long links)
      throws Throwable {
    return preparedBy(new TaskQueryShapes(), statementId, sql, links);
  }

  /**
   * What {@code plugin} hands a fake JDBC connection when MyBatis prepares the statement
   * {@code statementId} of {@code sql}; the groups' candidate links counted before a task list
   * are {@code links}. Shared with {@link VariableQueryShapesTest}.
   */
  static String preparedBy(org.apache.ibatis.plugin.Interceptor plugin, String statementId,
                           String sql, long links) throws Throwable {
    return preparedWith(plugin, statementId, sql, links).sql();
  }

  /** The text prepared and its parameters' names ({@code p<position>}) in their order. */
  record Prepared(String sql, List<String> parameters) {
  }

  /** As {@link #preparedBy}, with the parameters the statement is then given. */
  static Prepared preparedWith(org.apache.ibatis.plugin.Interceptor plugin, String statementId,
                               String sql, long links) throws Throwable {
    Configuration configuration = new Configuration();
    int placeholders = (int) sql.chars().filter(c -> c == '?').count();
    List<ParameterMapping> parameters = IntStream.range(0, placeholders)
        .mapToObj(index -> new ParameterMapping.Builder(configuration, "p" + index,
            Object.class).build())
        .toList();
    MappedStatement statement = new MappedStatement.Builder(configuration, statementId,
        parameter -> new BoundSql(configuration, sql, parameters, parameter),
        SqlCommandType.SELECT).build();
    BoundSql bound = new BoundSql(configuration, sql, parameters, null);
    StatementHandler handler = new RoutingStatementHandler(null, statement, null,
        RowBounds.DEFAULT, null, bound);
    AtomicReference<String> prepared = new AtomicReference<>();
    Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
          if (method.getName().equals("prepareStatement")
              && ((String) arguments[0]).contains("from ACT_RU_IDENTITYLINK where GROUP_ID_")) {
            return linksCounted(links);
          }
          if (method.getName().equals("prepareStatement")) {
            prepared.set((String) arguments[0]);
          }
          return null;
        });
    Method prepare = StatementHandler.class.getMethod("prepare", Connection.class,
        Integer.class);
    try {
      plugin.intercept(new Invocation(handler, prepare, new Object[] {connection, null}));
    } catch (ExecutorException noStatement) {
      // The fake connection prepares nothing; the SQL it was given is what counts.
    }
    return new Prepared(prepared.get(), bound.getParameterMappings().stream()
        .map(ParameterMapping::getProperty).toList());
  }


  private static java.sql.PreparedStatement linksCounted(long links) {
    java.sql.ResultSet row = (java.sql.ResultSet) Proxy.newProxyInstance(
        Connection.class.getClassLoader(), new Class<?>[] {java.sql.ResultSet.class},
        (proxy, method, arguments) -> switch (method.getName()) {
          case "next" -> true;
          case "getLong" -> links;
          default -> null;
        });
    return (java.sql.PreparedStatement) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {java.sql.PreparedStatement.class},
        (proxy, method, arguments) -> method.getName().equals("executeQuery") ? row : null);
  }
}
