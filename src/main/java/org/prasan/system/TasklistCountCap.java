package org.prasan.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Tasklist's counts stop at {@value #CAP}: every list page it asks for comes with the
 * filter's count (HAL), and the filter list counts each filter, so an exact count visits every
 * open task of the agency on every click (linear in the agency's open tasks: at 33,000 the
 * count alone was most of the request; docs/benchmarks.md). Here the engine's task count
 * (MySQL form {@code select count(distinct RES.ID_ ) from ACT_RU_TASK RES ...}) becomes
 * {@code select count(*) from (select distinct RES.ID_ from ... LIMIT} {@value #CAP}{@code )}:
 * the count of at most {@value #CAP} distinct tasks,
 * which MariaDB stops reading at: a filter with more shows
 * {@value #CAP}, read "1,000 or more" (66 pages of 15; the sorts reach the rest). 10,000 was
 * the first cap: at 18,300 open tasks of an agency its count read 10,000 tasks and grants, 384
 * ms against 8.8 ms for 1,000 (ANALYZE, docs/benchmarks.md), most of a Tasklist request's
 * time at 20 officers. The tasks counted are the same rows under the same
 * grants check; only the number stops. Only requests of the webapps' engine API
 * ({@code /camunda/api/engine/...}: the Tasklist and Cockpit) are capped; {@code /engine-rest}
 * (agency systems), Prasan's own services and the dashboard count exactly. Applied by
 * {@link TaskQueryShapes} on MySQL/MariaDB.
 */
@Configuration
public class TasklistCountCap {

  /** The highest count the Tasklist is told. */
  public static final int CAP = 1_000;

  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/*";

  private static final ThreadLocal<Boolean> TASKLIST = new ThreadLocal<>();
  /** The engine's MySQL form: {@code select count(distinct RES.ID_ ) from ...}. */
  private static final Pattern COUNT = Pattern.compile(
      "\\s*select count\\(\\s*distinct\\s+RES\\.ID_\\s*\\)\\s+(from ACT_RU_TASK RES\\s.*)",
      Pattern.DOTALL);
  /** The form of other databases: {@code SELECT COUNT(*) FROM (SELECT DISTINCT ...) countDistinct}. */
  private static final Pattern COUNT_OF_DISTINCT = Pattern.compile("\\s*(SELECT COUNT\\(\\*\\) FROM"
      + " \\(SELECT DISTINCT\\s+RES\\.ID_\\s+from ACT_RU_TASK RES\\s.*?)\\s*(\\)\\s*countDistinct)\\s*",
      Pattern.DOTALL);

  /** Runs the work as the Tasklist's request would: its task counts capped. */
  static <T> T asTasklist(java.util.function.Supplier<T> work) {
    TASKLIST.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      TASKLIST.remove();
    }
  }

  /** Whether the current thread serves a request of the webapps' engine API. */
  static boolean applies() {
    return Boolean.TRUE.equals(TASKLIST.get());
  }

  /** The capped count statement, its placeholders unchanged; null: not a task count. */
  static String rewrite(String sql) {
    Matcher count = COUNT.matcher(sql);
    if (count.matches() && plain(count.group(1))) {
      return "select count(*) from (select distinct RES.ID_ " + count.group(1) + " LIMIT " + CAP
          + ") countDistinct";
    }
    Matcher ofDistinct = COUNT_OF_DISTINCT.matcher(sql);
    if (ofDistinct.matches() && plain(ofDistinct.group(1))) {
      return ofDistinct.group(1) + " LIMIT " + CAP + ofDistinct.group(2);
    }
    return null;
  }

  /**
   * Which tasks the engine's count counts: its text from {@code from} on, spaces made single, to
   * compare with a list's ({@link TaskListPageFirst#criteria}). Null: not the MySQL form.
   */
  static String criteria(String sql) {
    Matcher count = COUNT.matcher(sql);
    return count.matches() && plain(count.group(1))
        ? PageTotals.spacesMadeSingle(count.group(1)) : null;
  }

  /** No limit or order of its own. */
  private static boolean plain(String statement) {
    return !statement.toUpperCase().contains(" LIMIT ")
        && !statement.toLowerCase().contains(" order by ");
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> tasklistRequests() {
    return ForEachRequest.registered(TASKLIST, () -> Boolean.TRUE, List.of(WEBAPP_ENGINE_API));
  }
}
