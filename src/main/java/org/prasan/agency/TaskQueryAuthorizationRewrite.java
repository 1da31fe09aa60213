package org.prasan.agency;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * The engine's task query (the Tasklist's filters, {@code /engine-rest/task}) checks each task's
 * grants with a left join on {@code ACT_RU_AUTHORIZATION ... ON (RESOURCE_ID_ = task id OR =
 * process key OR = '*')}. Every task gives its candidate groups a grant of its own, so for an
 * agency with n open tasks MariaDB joins n tasks with n grants by a block nested loop: the
 * OR keeps it from using the index on {@code RESOURCE_ID_} (47 s for one page at 10,000 open
 * tasks; docs/benchmarks.md). Here the same check becomes three {@code EXISTS} subqueries, one
 * per alternative, each an index lookup; the rows and counts are the same, the query being
 * {@code DISTINCT} over the task's columns. Only the MySQL/MariaDB form of the two task
 * statements is matched; anything else (H2's {@code IN} form, a changed engine mapping) runs
 * unchanged.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare",
    args = {Connection.class, Integer.class}))
class TaskQueryAuthorizationRewrite implements Interceptor {

  private static final Pattern AUTH_JOIN = Pattern.compile("left join\\s*\\(\\s*SELECT A\\.\\*"
      + "\\s*(FROM ACT_RU_AUTHORIZATION A\\s.*?)\\)\\s*AUTH ON \\(\\s*AUTH\\.RESOURCE_ID_ = RES\\.ID_"
      + " OR AUTH\\.RESOURCE_ID_ = D\\.KEY_ OR AUTH\\.RESOURCE_ID_ = '\\*'\\s*\\)", Pattern.DOTALL);
  private static final Pattern AUTH_FOUND = Pattern.compile(
      "\\(\\s*AUTH\\.RESOURCE_ID_ IS NOT NULL\\s*\\)");
  private static final List<String> TASK_QUERIES = List.of(".selectTaskByQueryCriteria",
      ".selectTaskCountByQueryCriteria");

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
    if (handler.hasGetter("delegate.mappedStatement")
        && isTaskQuery((MappedStatement) handler.getValue("delegate.mappedStatement"))) {
      BoundSql bound = (BoundSql) handler.getValue("delegate.boundSql");
      Rewritten rewritten = rewrite(bound.getSql(), bound.getParameterMappings());
      if (rewritten != null) {
        handler.setValue("delegate.boundSql.sql", rewritten.sql());
        handler.setValue("delegate.boundSql.parameterMappings", rewritten.parameters());
      }
    }
    return invocation.proceed();
  }

  private static boolean isTaskQuery(MappedStatement statement) {
    return TASK_QUERIES.stream().anyMatch(statement.getId()::endsWith);
  }

  /** The statement with EXISTS checks and its parameters in their new order; null: unchanged. */
  static Rewritten rewrite(String sql, List<ParameterMapping> parameters) {
    Matcher join = AUTH_JOIN.matcher(sql);
    if (!join.find()) {
      return null;
    }
    Matcher found = AUTH_FOUND.matcher(sql);
    if (!found.find(join.end()) || found.find(found.end())) {
      return null;
    }
    found.find(join.end());
    String before = sql.substring(0, join.start());
    String grants = join.group(1);
    String between = sql.substring(join.end(), found.start());
    String after = sql.substring(found.end());
    String exists = "(" + String.join(" OR ",
        grantFor(grants, "RES.ID_"), grantFor(grants, "D.KEY_"), grantFor(grants, "'*'")) + ")";
    String result = before + between + exists + after;
    if (result.contains("AUTH.")) {
      return null;
    }
    int inBefore = placeholders(before);
    int inGrants = placeholders(grants);
    int inBetween = placeholders(between);
    if (inBefore + inGrants + inBetween + placeholders(after) != parameters.size()) {
      return null;
    }
    List<ParameterMapping> grantParameters = parameters.subList(inBefore, inBefore + inGrants);
    List<ParameterMapping> reordered = new ArrayList<>(parameters.subList(0, inBefore));
    reordered.addAll(parameters.subList(inBefore + inGrants, inBefore + inGrants + inBetween));
    for (int copy = 0; copy < 3; copy++) {
      reordered.addAll(grantParameters);
    }
    reordered.addAll(parameters.subList(inBefore + inGrants + inBetween, parameters.size()));
    return new Rewritten(result, reordered);
  }

  private static String grantFor(String grants, String resource) {
    return "EXISTS (SELECT 1 " + grants + " AND A.RESOURCE_ID_ = " + resource + ")";
  }

  /** The engine's SQL has no '?' inside string literals. */
  private static int placeholders(String sql) {
    return (int) sql.chars().filter(c -> c == '?').count();
  }

  record Rewritten(String sql, List<ParameterMapping> parameters) {
  }
}
