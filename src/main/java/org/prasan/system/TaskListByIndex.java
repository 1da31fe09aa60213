package org.prasan.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.ParameterMapping;

/**
 * The Tasklist's page of an agency's tasks ("My agency", "Overdue", "Due today", sorted by due
 * date, created or priority) at tens of thousands of open tasks per agency (issue 20). As the
 * engine writes it, the list joins the task's candidate links and its own grant, so MariaDB
 * reads every candidate link of the agency, then sorts every one of its tasks to keep 15: linear
 * in the agency's open tasks (about 100 ms per page at 33,000). Here, after {@link
 * TaskQueryAuthorizationRewrite}, the candidate-group condition and the task's own grant become
 * correlated {@code EXISTS} on the same rows with the same parameters: each task matches once,
 * so the {@code DISTINCT} goes, and with semi-joins and subquery materialisation off for this
 * statement ({@code SET STATEMENT optimizer_switch=... FOR}) the task table is the only table
 * MariaDB orders: it walks the sort column's index ({@link EngineIndexes}) and checks each task's
 * link and grant by their indexes until the page is full, the cost of the page's depth, not of
 * the agency's size. A selective condition on the task (the assignee of "My tasks") is still
 * MariaDB's to use instead. Taken only when the officer's groups hold many tasks ({@link
 * #manyLinks}) and an index gives the list's sort ({@link #walkableSort}): one column, or the
 * filters' due date then created or priority.
 *
 * <p>The rows are the same: a task is listed when one of its candidate links names one of the
 * officer's groups and one of the grants allows it, exactly the join's condition; the sort is
 * the engine's. Only the MySQL/MariaDB form with these two joins and at most the process
 * definition's (one row per task) is matched; any other shape runs unchanged. Applied to the
 * task list statement by {@link TaskQueryShapes} before {@link TaskListPageFirst}.
 */
final class TaskListByIndex {

  /**
   * Walking the sort index pays when the officer's groups hold many of the open tasks: it reads
   * about (page depth) x (open tasks / the groups' tasks) tasks, the engine's join reads every
   * task of the groups. Below this many candidate links the join stays (at 54,900 open tasks a
   * group with none took 605 ms walking, 0.03 ms joined; one with 18,300 took 1.4 ms walking,
   * 717 ms joined: docs/benchmarks.md). Counting up to it reads that many index entries at most.
   */
  static volatile int manyLinks = 2_000;

  static final String OPTIMIZER = "SET STATEMENT optimizer_switch='semijoin=off,"
      + "materialization=off' FOR ";

  private static final Pattern SELECT_DISTINCT = Pattern.compile("^\\s*select\\s+distinct\\s");
  private static final Pattern LINK_JOIN = Pattern.compile(
      "left\\s+join\\s+ACT_RU_IDENTITYLINK\\s+I\\s+on\\s+I\\.TASK_ID_\\s*=\\s*RES\\.ID_\\s");
  private static final Pattern CANDIDATE = Pattern.compile(
      "(RES\\.ASSIGNEE_\\s+is\\s+null\\s+and\\s+)?I\\.TYPE_\\s*=\\s*'candidate'\\s+and\\s*"
          + "(\\(\\s*I\\.GROUP_ID_\\s+IN\\s*\\([?,\\s]+\\)\\s*\\))");
  private static final String GRANT_JOIN = "left join ACT_RU_AUTHORIZATION AUTH_TASK on "
      + "AUTH_TASK.RESOURCE_ID_ = RES.ID_ AND (";
  private static final String GRANT_FOUND = "AUTH_TASK.ID_ IS NOT NULL";
  private static final Pattern JOIN = Pattern.compile("\\bjoin\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DEFINITION_JOIN = Pattern.compile(
      "(?:left|inner)\\s+join\\s+ACT_RE_PROCDEF\\s+D\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*D\\.ID_");
  private static final Pattern FROM = Pattern.compile("\\sfrom\\s");
  private static final Pattern SORT_TERM = Pattern.compile(
      "\\s*RES\\.(\\w+)\\s+(asc|desc)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIMIT = Pattern.compile("\\slimit\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_ALIAS = Pattern.compile("\\bI\\.");

  private TaskListByIndex() {
  }

  /** The statement with both as EXISTS, its parameters in their new order; null: unchanged. */
  static TaskQueryAuthorizationRewrite.Rewritten rewrite(String sql,
                                                         List<ParameterMapping> parameters) {
    ByIndex byIndex = byIndex(sql, parameters);
    return byIndex == null ? null : byIndex.rewritten();
  }

  /**
   * Whether the groups hold at least {@link #manyLinks} candidate links (open tasks offered to
   * them), read on the covering index {@code PRASAN_IDX_IDENT_LNK_GROUP_TASK}.
   */
  static boolean holdMany(Connection connection, List<?> groups) throws SQLException {
    if (groups.isEmpty()) {
      return false;
    }
    try (PreparedStatement count = connection.prepareStatement("select count(*) from (select 1"
        + " from ACT_RU_IDENTITYLINK where GROUP_ID_ in (" + "?, ".repeat(groups.size() - 1)
        + "?) and TYPE_ = 'candidate' limit " + manyLinks + ") LINKS")) {
      for (int index = 0; index < groups.size(); index++) {
        count.setObject(index + 1, groups.get(index));
      }
      try (ResultSet row = count.executeQuery()) {
        return row.next() && row.getLong(1) >= manyLinks;
      }
    }
  }

  /** The rewrite and the parameters of the officer's groups in it; null: unchanged. */
  static ByIndex byIndex(String sql, List<ParameterMapping> parameters) {
    if (!walkableSort(sql)) {
      return null;
    }
    Matcher distinct = SELECT_DISTINCT.matcher(sql);
    Matcher linkJoin = LINK_JOIN.matcher(sql);
    int grantJoin = sql.indexOf(GRANT_JOIN);
    if (!distinct.find() || !linkJoin.find() || grantJoin < linkJoin.end()
        || sql.indexOf(GRANT_JOIN, grantJoin + 1) >= 0) {
      return null;
    }
    int grantsStart = grantJoin + GRANT_JOIN.length();
    int grantsEnd = closing(sql, grantsStart);
    int found = sql.indexOf(GRANT_FOUND, grantsEnd);
    if (grantsEnd < 0 || found < 0 || sql.indexOf(GRANT_FOUND, found + 1) >= 0) {
      return null;
    }
    String grants = sql.substring(grantsStart, grantsEnd);
    String head = sql.substring(0, linkJoin.start());
    String between = sql.substring(linkJoin.end(), grantJoin);
    String where = sql.substring(grantsEnd + 1, found);
    String after = sql.substring(found + GRANT_FOUND.length());
    // The only joins left must be the process definition's: one row per task.
    String joins = DEFINITION_JOIN.matcher(head + between).replaceAll("");
    Matcher from = FROM.matcher(joins);
    if (!from.find() || JOIN.matcher(joins.substring(from.end())).find()) {
      return null;
    }
    Matcher candidate = CANDIDATE.matcher(where);
    if (!candidate.find() || candidate.find(candidate.end())) {
      return null;
    }
    candidate.find(0);
    String link = (candidate.group(1) == null ? "" : candidate.group(1))
        + "EXISTS (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and "
        + "I.TYPE_ = 'candidate' and " + candidate.group(2) + ")";
    String whereWithLink = where.substring(0, candidate.start()) + link
        + where.substring(candidate.end());
    String rest = head + " " + between + whereWithLink + after;
    if (LINK_ALIAS.matcher(rest.replace(link, "")).find()) {
      return null; // the link is read elsewhere (involved user, a sort...)
    }
    String result = OPTIMIZER + "select " + head.substring(distinct.end()) + " " + between
        + whereWithLink + "EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION AUTH_TASK WHERE "
        + "AUTH_TASK.RESOURCE_ID_ = RES.ID_ AND (" + grants + "))" + after;
    int inHead = TaskQueryAuthorizationRewrite.placeholders(head) + TaskQueryAuthorizationRewrite.placeholders(between);
    int inGrants = TaskQueryAuthorizationRewrite.placeholders(grants);
    int inWhere = TaskQueryAuthorizationRewrite.placeholders(where);
    if (inHead + inGrants + inWhere + TaskQueryAuthorizationRewrite.placeholders(after) != parameters.size()) {
      return null;
    }
    List<ParameterMapping> reordered = new ArrayList<>(parameters.subList(0, inHead));
    reordered.addAll(parameters.subList(inHead + inGrants, inHead + inGrants + inWhere));
    reordered.addAll(parameters.subList(inHead, inHead + inGrants));
    reordered.addAll(parameters.subList(inHead + inGrants + inWhere, parameters.size()));
    int groupsFrom = inHead + inGrants + TaskQueryAuthorizationRewrite.placeholders(where.substring(0, candidate.start(2)));
    return new ByIndex(new TaskQueryAuthorizationRewrite.Rewritten(result, reordered),
        parameters.subList(groupsFrom, groupsFrom + TaskQueryAuthorizationRewrite.placeholders(candidate.group(2))));
  }

  /** The rewritten statement, and the parameters naming the groups whose links it reads. */
  record ByIndex(TaskQueryAuthorizationRewrite.Rewritten rewritten,
                 List<ParameterMapping> groups) {
  }

  /**
   * Whether an index gives the list's sort ({@link EngineIndexes#TASK_SORTS}, or its full
   * reverse): only then does MariaDB walk it and stop at the page. A column repeated counts
   * once (its first term orders). The agency filters sort by due date first and the Tasklist
   * appends the officer's sort: due date then created or priority, given by the two-column
   * indexes; any other sort (walking the due index then reads every task: 9 s at 100,000 open
   * tasks, seen in the bench) keeps the join.
   */
  static boolean walkableSort(String sql) {
    int orderBy = sql.lastIndexOf("order by");
    if (orderBy < 0) {
      return false;
    }
    String sorting = sql.substring(orderBy + "order by".length());
    Matcher limit = LIMIT.matcher(sorting);
    if (limit.find()) {
      sorting = sorting.substring(0, limit.start());
    }
    java.util.Map<String, String> terms = new java.util.LinkedHashMap<>();
    for (String term : sorting.split(",")) {
      Matcher column = SORT_TERM.matcher(term);
      if (!column.matches()) {
        return false;
      }
      terms.putIfAbsent(column.group(1), column.group(2).toLowerCase(java.util.Locale.ROOT));
    }
    List<String> sort = new ArrayList<>();
    List<String> reverse = new ArrayList<>();
    terms.forEach((column, direction) -> {
      sort.add(column + " " + direction);
      reverse.add(column + ("asc".equals(direction) ? " desc" : " asc"));
    });
    return EngineIndexes.TASK_SORTS.contains(sort) || EngineIndexes.TASK_SORTS.contains(reverse);
  }

  /** The index of the parenthesis closing the one opened just before {@code from}; -1: none. */
  private static int closing(String sql, int from) {
    int depth = 1;
    for (int index = from; index < sql.length(); index++) {
      char c = sql.charAt(index);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return index;
      }
    }
    return -1;
  }
}
