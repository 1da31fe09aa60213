package org.prasan.system;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine lists a page of tasks as {@code select distinct RES.<every column> ... order by
 * ... LIMIT ? OFFSET ?}: MariaDB sorts and de-duplicates every matching task with all its
 * columns (a 4,000-character description among them) in a temporary table, then keeps 15. Here
 * the page is found first on the task id and the sort columns only, and its 15 tasks are read
 * after: the same rows in the same order (the id is unique, so distinct over the id is distinct
 * over the row). At 10,000 open tasks of one agency the statement went from 95 to 39 ms
 * (docs/benchmarks.md). Only the MySQL/MariaDB form of the task list sorted by task columns is
 * matched (the Tasklist's sorting by due date, created, priority...); a list sorted by a
 * variable, or any other shape, runs unchanged. Applied by {@link TaskQueryShapes}.
 */
final class TaskListPageFirst {

  private static final String SORT_TERM = "RES\\.\\w+\\s+(?:asc|desc)";
  private static final Pattern PAGED_LIST = Pattern.compile(
      "\\s*(SET STATEMENT [^;]*? FOR )?select\\s+(distinct\\s+)?"
          + "((?:RES\\.\\w+\\s*,\\s*)*RES\\.\\w+)\\s+(from ACT_RU_TASK RES\\s.*)"
          + "\\s+order by\\s+((?:" + SORT_TERM + "\\s*,\\s*)*" + SORT_TERM + ")\\s+"
          + "LIMIT \\? OFFSET \\?\\s*", Pattern.DOTALL);
  private static final Pattern COLUMN = Pattern.compile("RES\\.(\\w+)");

  private TaskListPageFirst() {
  }

  /** The page-first statement, its placeholders in the same order; null: unchanged. */
  static String rewrite(String sql) {
    Matcher list = PAGED_LIST.matcher(sql);
    if (!list.matches() || list.group(4).toUpperCase().contains(" LIMIT ")) {
      return null;
    }
    String sorting = list.group(5);
    Set<String> pageColumns = new LinkedHashSet<>();
    pageColumns.add("RES.ID_");
    Matcher column = COLUMN.matcher(sorting);
    while (column.find()) {
      pageColumns.add(column.group());
    }
    return (list.group(1) == null ? "" : list.group(1)) + "select " + list.group(3)
        + " from ACT_RU_TASK RES join (select " + (list.group(2) == null ? "" : "distinct ")
        + String.join(", ", pageColumns) + " " + list.group(4) + " order by " + sorting
        + " LIMIT ? OFFSET ?) PAGE on RES.ID_ = PAGE.ID_ order by "
        + sorting.replace("RES.", "PAGE.");
  }
}
