package org.prasan.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.DefaultReflectorFactory;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.ReflectorFactory;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.apache.ibatis.session.ResultHandler;

/**
 * Gives the engine's two task statements (list and count) the shapes MariaDB runs fast at
 * thousands of open tasks per agency: {@link TaskQueryAuthorizationRewrite} for the grants
 * check, {@link TaskListByIndex} and {@link TaskListPageFirst} for the page of the list,
 * {@link TasklistCountCap} for the
 * Tasklist's counts. One interceptor for all: a
 * second would be handed the first one's proxy, not the statement handler. Installed on
 * MySQL/MariaDB only, the one form both rewrites match.
 */
@Intercepts({
    @Signature(type = StatementHandler.class, method = "prepare",
        args = {Connection.class, Integer.class}),
    @Signature(type = StatementHandler.class, method = "query",
        args = {Statement.class, ResultHandler.class})})
public class TaskQueryShapes implements Interceptor {

  /** One reflector per class for the node's life (see {@link #metaObject}). */
  private static final ReflectorFactory REFLECTORS = new DefaultReflectorFactory();

  /**
   * MyBatis' view of an object's properties. {@code SystemMetaObject.forObject} builds a new
   * reflector factory each time, so every call introspected the statement handler's and the
   * query's classes again (5.6 % of the Tasklist's request CPU at 100,000 open tasks); one
   * factory for the node's life keeps each class's reflector.
   */
  static MetaObject metaObject(Object object) {
    return MetaObject.forObject(object, SystemMetaObject.DEFAULT_OBJECT_FACTORY,
        SystemMetaObject.DEFAULT_OBJECT_WRAPPER_FACTORY, REFLECTORS);
  }

  private static final String TASK_TABLE = "from ACT_RU_TASK RES";
  private static final String TASK_LIST = ".selectTaskByQueryCriteria";
  private static final String TASK_COUNT = ".selectTaskCountByQueryCriteria";
  /** The parameter that hands a count the total its list read ({@link PageTotals}). */
  private static final String PAGE_TOTAL = "prasanPageTotal";

  /** How many task statements came by, and how many each rewrite reshaped: the guard's proof. */
  private final AtomicLong taskStatements = new AtomicLong();
  private final AtomicLong grantsReshaped = new AtomicLong();
  private final AtomicLong pagesReshaped = new AtomicLong();
  private final AtomicLong listsByIndex = new AtomicLong();
  private final AtomicLong countsCapped = new AtomicLong();
  private final AtomicLong countsFromPages = new AtomicLong();
  private final KeptShapes<Plan> listPlans = new KeptShapes<>();
  private final KeptShapes<Plan> countPlans = new KeptShapes<>();

  /**
   * MyBatis offers every executor, parameter and result handler it makes to each plugin, and
   * every statement handler, each insert and update of an engine flush too. {@code Plugin.wrap}
   * reads the plugin's {@code @Intercepts} by reflection and builds a proxy each time, and the
   * proxy then stands in every call to the handler: 5 % of a tip's CPU in its flush with two
   * plugins (docs/benchmarks.md). So only a statement handler whose SQL is on the plugin's
   * table is wrapped, the same test its {@code intercept} starts with; the handler has built
   * its SQL before it is offered.
   */
  static Object wrapStatementHandlers(Object target, Interceptor interceptor, String table) {
    return target instanceof StatementHandler handler
        && handler.getBoundSql().getSql().contains(table)
        ? Plugin.wrap(target, interceptor) : target;
  }

  @Override
  public Object plugin(Object target) {
    return wrapStatementHandlers(target, this, TASK_TABLE);
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    // This runs before every statement the engine prepares: the plain text test comes first,
    // reflection only for the few statements on tasks (reflection for every statement was
    // 8-10 % of a node's CPU; docs/benchmarks.md).
    BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
    if (invocation.getMethod().getName().equals("query")) {
      return query(invocation, bound);
    }
    if (bound.getSql().contains(TASK_TABLE)) {
      MetaObject handler = metaObject(invocation.getTarget());
      if (handler.hasGetter("delegate.mappedStatement")) {
        String id = ((MappedStatement) handler.getValue("delegate.mappedStatement")).getId();
        if (id.endsWith(TASK_LIST) || id.endsWith(TASK_COUNT)) {
          taskStatements.incrementAndGet();
          reshape(bound, id.endsWith(TASK_LIST), (Connection) invocation.getArgs()[0],
              ((StatementHandler) invocation.getTarget()).getParameterHandler()
                  .getParameterObject(),
              ((MappedStatement) handler.getValue("delegate.mappedStatement"))
                  .getConfiguration());
        }
      }
    }
    return invocation.proceed();
  }

  public long taskStatements() {
    return taskStatements.get();
  }

  public long grantsReshaped() {
    return grantsReshaped.get();
  }

  public long pagesReshaped() {
    return pagesReshaped.get();
  }

  public long listsByIndex() {
    return listsByIndex.get();
  }

  public long countsCapped() {
    return countsCapped.get();
  }

  public long countsFromPages() {
    return countsFromPages.get();
  }

  /** A counting list's rows are read through {@link PageTotals} to learn the total. */
  private static Object query(Invocation invocation, BoundSql bound) throws Throwable {
    PageTotals totals = PageTotals.current();
    if (totals != null && totals.isListing() && bound.getSql().contains(PageTotals.COLUMN)) {
      invocation.getArgs()[0] = totals.reading((PreparedStatement) invocation.getArgs()[0]);
    }
    return invocation.proceed();
  }

  /** The parameters' values as MyBatis binds them (a foreach's items are additional ones). */
  private static List<Object> values(BoundSql bound, Object parameterObject,
                                     List<ParameterMapping> mappings) {
    List<Object> values = new java.util.ArrayList<>();
    MetaObject parameters = parameterObject == null ? null
        : metaObject(parameterObject);
    for (ParameterMapping mapping : mappings) {
      String property = mapping.getProperty();
      values.add(bound.hasAdditionalParameter(property) ? bound.getAdditionalParameter(property)
          : parameters == null ? null : parameters.getValue(property));
    }
    return values;
  }

  /**
   * What the rewrites make of one task statement's text ({@link KeptShapes}): each step is
   * worked out once per text, both ways of a list (walked by the sort index or joined), since
   * whether the officer's groups hold many tasks is asked anew each time.
   */
  private record Plan(KeptShapes.Reordered grants, KeptShapes.Reordered byIndex, int[] groups,
                      String pageJoined, String pageWalked, String capped,
                      String pageCounting, String criteria) {

    static Plan of(String sql, List<ParameterMapping> parameters, boolean list) {
      TaskQueryAuthorizationRewrite.Rewritten grants =
          TaskQueryAuthorizationRewrite.rewrite(sql, parameters);
      String joined = grants == null ? sql : grants.sql();
      TaskListByIndex.ByIndex byIndex =
          grants != null && list ? TaskListByIndex.byIndex(joined, grants.parameters()) : null;
      return new Plan(
          grants == null ? null
              : KeptShapes.Reordered.of(grants.sql(), parameters, grants.parameters()),
          byIndex == null ? null : KeptShapes.Reordered.of(byIndex.rewritten().sql(),
              parameters, byIndex.rewritten().parameters()),
          byIndex == null ? null : KeptShapes.positions(parameters, byIndex.groups()),
          list ? TaskListPageFirst.rewrite(joined) : null,
          byIndex == null ? null : TaskListPageFirst.rewrite(byIndex.rewritten().sql()),
          list ? null : TasklistCountCap.rewrite(joined),
          list ? TaskListPageFirst.counting(joined) : null,
          list ? TaskListPageFirst.criteria(joined) : TasklistCountCap.criteria(joined));
    }
  }

  private void reshape(BoundSql bound, boolean list, Connection connection,
                       Object parameterObject, org.apache.ibatis.session.Configuration
                           configuration) throws java.sql.SQLException {
    List<ParameterMapping> engines = bound.getParameterMappings();
    Plan plan = (list ? listPlans : countPlans).get(bound.getSql(),
        text -> Plan.of(text, engines, list));
    String sql = bound.getSql();
    List<ParameterMapping> parameters = engines;
    if (plan.grants() != null) {
      grantsReshaped.incrementAndGet();
      sql = plan.grants().sql();
      parameters = plan.grants().apply(engines);
    }
    boolean walked = plan.byIndex() != null && TaskListByIndex.holdMany(connection,
        values(bound, parameterObject, KeptShapes.pick(engines, plan.groups())));
    if (walked) {
      listsByIndex.incrementAndGet();
      sql = plan.byIndex().sql();
      parameters = plan.byIndex().apply(engines);
    }
    String page = walked ? plan.pageWalked() : plan.pageJoined();
    PageTotals totals = plan.criteria() == null ? null : PageTotals.current();
    if (page != null && !walked && totals != null && plan.pageCounting() != null) {
      page = plan.pageCounting();
      List<Object> values = values(bound, parameterObject, parameters);
      // Without the page's LIMIT and OFFSET, the last two: the count has neither.
      totals.listing(new PageTotals.Criteria(plan.criteria(),
          values.subList(0, values.size() - 2)));
    }
    if (page != null) {
      pagesReshaped.incrementAndGet();
      sql = page;
    }
    Long counted = !list && totals != null && totals.hasTotal()
        ? totals.totalFor(new PageTotals.Criteria(
        plan.criteria(), values(bound, parameterObject, parameters))) : null;
    String capped = !list && TasklistCountCap.applies() ? plan.capped() : null;
    if (counted != null) {
      countsFromPages.incrementAndGet();
      // The capped count would have stopped at the cap: the same number.
      bound.setAdditionalParameter(PAGE_TOTAL, capped == null ? counted
          : Math.min(counted, TasklistCountCap.CAP));
      sql = "select cast(? as signed)";
      parameters = List.of(
          new ParameterMapping.Builder(configuration, PAGE_TOTAL, Long.class).build());
    } else if (capped != null) {
      countsCapped.incrementAndGet();
      sql = capped;
    }
    if (plan.grants() == null && page == null && capped == null && counted == null) {
      return;
    }
    MetaObject statement = metaObject(bound);
    statement.setValue("sql", sql);
    statement.setValue("parameterMappings", parameters);
  }
}
