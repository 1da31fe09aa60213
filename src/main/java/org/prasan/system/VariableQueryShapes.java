package org.prasan.system;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.prasan.system.TaskQueryAuthorizationRewrite.GrantJoin;
import org.prasan.system.TaskQueryAuthorizationRewrite.Rewritten;

/**
 * The engine's variable instance query ({@code selectVariableInstanceByQueryCriteria} and its
 * count) checks each variable's grants with a left join on {@code ACT_RU_AUTHORIZATION ... AUTH
 * ON (AUTH.RESOURCE_ID_ = RES.PROC_INST_ID_ OR = PROC_EXECUTION.ID_ OR = PROCDEF.KEY_ OR =
 * RES.TASK_ID_ OR = '*')} (its MySQL form). The OR keeps MariaDB off the index on {@code
 * RESOURCE_ID_}: it joins every grant of the user's groups (one per open task of the agency)
 * to every candidate variable row by a block nested loop. Every Tasklist page of a filter with
 * shown variables runs it ({@code FilterResourceImpl} asks the shown variables of the page's
 * 15 tasks): at 2,000 open screening tasks it was about half of each queue request
 * (docs/benchmarks.md, "The queues over HTTP"), and it grows with the agency's open tasks. Here
 * the join goes and the check becomes one {@code EXISTS} per alternative, each an index lookup
 * by {@code RESOURCE_ID_} ({@code PRASAN_IDX_AUTH_RESOURCE_CHECK}), with the same grant
 * conditions. The rows are the same: the join's {@code AUTH} is read nowhere but in its
 * {@code IS NOT NULL} check, and the statement is {@code DISTINCT} over the variable (or counts
 * distinct ids), so a variable with two matching grants was one row before as after.
 *
 * <p>Only the MySQL/MariaDB form on {@code ACT_RU_VARIABLE} is matched; anything else runs
 * unchanged. A MyBatis interceptor of its own, added after {@link TaskQueryShapes} (which needs
 * the statement handler itself, not a proxy: the interceptor added last is called first and
 * hands on the handler it was given); it reads the SQL text only. Installed by
 * {@link EngineIndexes} on MySQL/MariaDB; {@code EngineAndLoginsTest.TaskQueryShapesOnMariaDbTest}
 * fails the build when an engine update changes the SQL so that it no longer applies.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare",
    args = {Connection.class, Integer.class}))
public class VariableQueryShapes implements Interceptor {

  private static final String VARIABLE_TABLE = "from ACT_RU_VARIABLE RES";
  /** The task statements are {@link TaskQueryShapes}' alone. */
  private static final String TASK_TABLE = "from ACT_RU_TASK RES";
  private static final Pattern DISTINCT = Pattern.compile(
      "\\s*select\\s+(distinct\\s|count\\(\\s*distinct\\s)", Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTH_JOIN = Pattern.compile("left join\\s*\\(\\s*SELECT A\\.\\*"
      + "\\s*FROM ACT_RU_AUTHORIZATION A\\s+WHERE\\s(.*?)\\)\\s*AUTH ON \\(([^()?]*)\\)",
      Pattern.DOTALL);
  private static final Pattern ALTERNATIVE = Pattern.compile(
      "\\s*AUTH\\.RESOURCE_ID_\\s*=\\s*([A-Z_]+\\.[A-Z_]+|'\\*')\\s*");
  /** The engine's statement keeps its mapping's line breaks and indentation. */
  private static final Pattern OR = Pattern.compile("\\s+OR\\s+");

  private final AtomicLong variableStatements = new AtomicLong();
  private final AtomicLong grantsReshaped = new AtomicLong();
  private final KeptShapes<KeptShapes.Reordered> shapes = new KeptShapes<>();

  @Override
  public Object plugin(Object target) {
    return TaskQueryShapes.wrapStatementHandlers(target, this, VARIABLE_TABLE);
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
    if (bound.getSql().contains(VARIABLE_TABLE)) {
      variableStatements.incrementAndGet();
      List<ParameterMapping> engines = bound.getParameterMappings();
      // The same text is rewritten the same way: kept once made (KeptShapes).
      KeptShapes.Reordered rewritten = shapes.get(bound.getSql(), text -> {
        Rewritten made = rewrite(text, engines);
        return made == null ? null
            : KeptShapes.Reordered.of(made.sql(), engines, made.parameters());
      });
      if (rewritten != null) {
        grantsReshaped.incrementAndGet();
        MetaObject statement = TaskQueryShapes.metaObject(bound);
        statement.setValue("sql", rewritten.sql());
        statement.setValue("parameterMappings", rewritten.apply(engines));
      }
    }
    return invocation.proceed();
  }

  /** Statements on the variable table prepared so far. */
  public long variableStatements() {
    return variableStatements.get();
  }

  /** Of those, how many had their grants check reshaped: the guard's proof. */
  public long grantsReshaped() {
    return grantsReshaped.get();
  }

  /**
   * The statement with the grants join replaced by one EXISTS per alternative, and its
   * parameters in their new order; null: unchanged.
   */
  static Rewritten rewrite(String sql, List<ParameterMapping> parameters) {
    if (!sql.contains(VARIABLE_TABLE) || sql.contains(TASK_TABLE)
        || !DISTINCT.matcher(sql).lookingAt()) {
      return null;
    }
    Matcher join = AUTH_JOIN.matcher(sql);
    if (!join.find()) {
      return null;
    }
    List<String> resources = new ArrayList<>();
    for (String alternative : OR.split(join.group(2))) {
      Matcher resource = ALTERNATIVE.matcher(alternative);
      if (!resource.matches()) {
        return null;
      }
      resources.add(resource.group(1));
    }
    GrantJoin cut = GrantJoin.around(sql, join);
    if (cut == null) {
      return null;
    }
    String before = cut.before();
    String grants = cut.grants();
    String between = cut.between();
    String after = cut.after();
    List<String> exists = resources.stream()
        .map(resource -> TaskQueryAuthorizationRewrite.grantFor(grants, resource)).toList();
    String result = before + between + "(" + String.join(" OR ", exists) + ")" + after;
    if (result.contains("AUTH.") || Pattern.compile("\\sAUTH\\s").matcher(result).find()) {
      return null;
    }
    int inBefore = TaskQueryAuthorizationRewrite.placeholders(before);
    int inGrants = TaskQueryAuthorizationRewrite.placeholders(grants);
    int inBetween = TaskQueryAuthorizationRewrite.placeholders(between);
    if (inBefore + inGrants + inBetween + TaskQueryAuthorizationRewrite.placeholders(after) != parameters.size()) {
      return null;
    }
    List<ParameterMapping> grantParameters = parameters.subList(inBefore, inBefore + inGrants);
    List<ParameterMapping> reordered = new ArrayList<>(parameters.subList(0, inBefore));
    reordered.addAll(parameters.subList(inBefore + inGrants, inBefore + inGrants + inBetween));
    resources.forEach(resource -> reordered.addAll(grantParameters));
    reordered.addAll(parameters.subList(inBefore + inGrants + inBetween, parameters.size()));
    return new Rewritten(result, reordered);
  }

}
