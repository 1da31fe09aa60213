package org.prasan.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.ParameterMapping;

/**
 * The engine's task query (the Tasklist's filters, {@code /engine-rest/task}) checks each task's
 * grants with a left join on {@code ACT_RU_AUTHORIZATION ... ON (RESOURCE_ID_ = task id OR =
 * process key OR = '*')}. Every task gives its candidate groups a grant of its own, so for an
 * agency with n open tasks MariaDB joins n tasks with n grants by a block nested loop: the
 * OR keeps it from using the index on {@code RESOURCE_ID_} (47 s for one page at 10,000 open
 * tasks; docs/benchmarks.md). Here the task's own grant is joined on {@code RESOURCE_ID_ = task
 * id} alone, an index lookup per task, and the other two alternatives become {@code EXISTS}
 * subqueries (a subquery for the task's own grant too was 3 times slower: MariaDB chose to
 * materialise it from every grant). The rows and counts are the same, both statements being
 * {@code DISTINCT} over the task. Only the MySQL/MariaDB form is matched; anything
 * else (H2's {@code IN} form, a changed engine mapping) runs unchanged. Applied to the two task
 * statements by {@link TaskQueryShapes}.
 */
final class TaskQueryAuthorizationRewrite {

  private static final String TASK_GRANT = "AUTH_TASK";
  private static final Pattern ALIAS = Pattern.compile("\\bA\\.");
  private static final Pattern AUTH_JOIN = Pattern.compile("left join\\s*\\(\\s*SELECT A\\.\\*"
      + "\\s*FROM ACT_RU_AUTHORIZATION A\\s+WHERE\\s(.*?)\\)\\s*AUTH ON \\("
      + "\\s*AUTH\\.RESOURCE_ID_ = RES\\.ID_ OR AUTH\\.RESOURCE_ID_ = D\\.KEY_"
      + " OR AUTH\\.RESOURCE_ID_ = '\\*'\\s*\\)", Pattern.DOTALL);
  private static final Pattern AUTH_FOUND = Pattern.compile(
      "\\(\\s*AUTH\\.RESOURCE_ID_ IS NOT NULL\\s*\\)");

  private TaskQueryAuthorizationRewrite() {
  }

  /**
   * The statement with the task's own grant joined by its index and the other two alternatives
   * as EXISTS, and its parameters in their new order; null: unchanged.
   */
  static Rewritten rewrite(String sql, List<ParameterMapping> parameters) {
    Matcher join = AUTH_JOIN.matcher(sql);
    if (!join.find()) {
      return null;
    }
    GrantJoin cut = GrantJoin.around(sql, join);
    if (cut == null) {
      return null;
    }
    String before = cut.before();
    String grants = cut.grants();
    String between = cut.between();
    String after = cut.after();
    String taskGrant = "left join ACT_RU_AUTHORIZATION " + TASK_GRANT + " on " + TASK_GRANT
        + ".RESOURCE_ID_ = RES.ID_ AND (" + ALIAS.matcher(grants).replaceAll(TASK_GRANT + ".")
        + ")";
    String granted = "(" + TASK_GRANT + ".ID_ IS NOT NULL OR " + grantFor(grants, "D.KEY_")
        + " OR " + grantFor(grants, "'*'") + ")";
    String result = before + taskGrant + between + granted + after;
    if (result.contains("AUTH.")) {
      return null;
    }
    int inBefore = placeholders(before);
    int inGrants = placeholders(grants);
    if (inBefore + inGrants + placeholders(between) + placeholders(after) != parameters.size()) {
      return null;
    }
    int afterBetween = parameters.size() - placeholders(after);
    List<ParameterMapping> grantParameters = parameters.subList(inBefore, inBefore + inGrants);
    List<ParameterMapping> reordered = new ArrayList<>(parameters.subList(0, afterBetween));
    reordered.addAll(grantParameters);
    reordered.addAll(grantParameters);
    reordered.addAll(parameters.subList(afterBetween, parameters.size()));
    return new Rewritten(result, reordered);
  }

  /** One grant alternative: a grant of the user's matching {@code resource}, by index. */
  static String grantFor(String grants, String resource) {
    return "EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE (" + grants
        + ") AND A.RESOURCE_ID_ = " + resource + ")";
  }

  /** The engine's SQL has no '?' inside string literals. */
  static int placeholders(String sql) {
    return (int) sql.chars().filter(c -> c == '?').count();
  }

  /** A rewritten statement and its parameters in their new order. */
  record Rewritten(String sql, List<ParameterMapping> parameters) {
  }

  /**
   * A statement cut around the engine's grants join ({@code join}, its first group the user's
   * grants) and the one test after it that a grant was found.
   */
  record GrantJoin(String before, String grants, String between, String after) {

    /** Null: no test of a found grant after the join, or more than one. */
    static GrantJoin around(String sql, Matcher join) {
      Matcher found = AUTH_FOUND.matcher(sql);
      if (!found.find(join.end()) || found.find(found.end())) {
        return null;
      }
      found.find(join.end());
      return new GrantJoin(sql.substring(0, join.start()), join.group(1),
          sql.substring(join.end(), found.start()), sql.substring(found.end()));
    }
  }
}
