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
    Matcher list = matched(sql);
    if (list == null) {
      return null;
    }
    String sorting = list.group(5);
    return (list.group(1) == null ? "" : list.group(1)) + "select " + list.group(3)
        + " from ACT_RU_TASK RES join (select " + (list.group(2) == null ? "" : "distinct ")
        + pageColumns(sorting) + " " + list.group(4) + " order by " + sorting
        + " LIMIT ? OFFSET ?) PAGE on RES.ID_ = PAGE.ID_ order by "
        + sorting.replace("RES.", "PAGE.");
  }

  /**
   * As {@link #rewrite}, each row also telling how many tasks the list holds in all, in the
   * column {@value PageTotals#COLUMN} ({@link PageTotals}): the distinct tasks are counted by a
   * window over all of them before the page is cut, the rows MariaDB reads to sort them anyway.
   * Only a distinct list: each row then is one task, as the engine's count counts them. Null:
   * not this shape.
   */
  static String counting(String sql) {
    Matcher list = matched(sql);
    if (list == null || list.group(1) != null || list.group(2) == null) {
      return null;
    }
    String sorting = list.group(5);
    return "select " + list.group(3) + ", PAGE." + PageTotals.COLUMN
        + " from ACT_RU_TASK RES join (select LISTED.*, count(*) over () " + PageTotals.COLUMN
        + " from (select distinct " + pageColumns(sorting) + " " + list.group(4) + ") LISTED"
        + " order by " + sorting.replace("RES.", "LISTED.")
        + " LIMIT ? OFFSET ?) PAGE on RES.ID_ = PAGE.ID_ order by "
        + sorting.replace("RES.", "PAGE.");
  }

  /**
   * Which tasks the list holds: its text from {@code from} to its sorting, spaces made single,
   * to compare with a count's ({@link TasklistCountCap#criteria}). Null: not this shape.
   */
  static String criteria(String sql) {
    Matcher list = matched(sql);
    return list == null ? null : PageTotals.spacesMadeSingle(list.group(4));
  }

  private static Matcher matched(String sql) {
    Matcher list = PAGED_LIST.matcher(sql);
    return list.matches() && !list.group(4).toUpperCase().contains(" LIMIT ") ? list : null;
  }

  /** The task id and the sort's columns, each once. */
  private static String pageColumns(String sorting) {
    Set<String> pageColumns = new LinkedHashSet<>();
    pageColumns.add("RES.ID_");
    Matcher column = COLUMN.matcher(sorting);
    while (column.find()) {
      pageColumns.add(column.group());
    }
    return String.join(", ", pageColumns);
  }
}
