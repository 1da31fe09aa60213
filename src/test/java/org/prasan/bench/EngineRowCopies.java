package org.prasan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes many cases out of a few that went through the API (issue 20's Tasklist at 100,000 open
 * tasks; the intake through the engine takes about 17 minutes for that many at 100 tips/s).
 * {@link #snapshot} records every row's key after the node started; {@link #copy} then copies
 * every row the intake wrote since, engine and Prasan tables alike, {@code copies} times: each
 * id the intake made (every UUID found in a new row's key) gets the suffix {@code -c<n>} wherever
 * it appears in a text column, each case id {@code TIP-yyyy-nnnnnn} the number {@code nnnnnn +
 * n * cases}, each {@code external_ref} the suffix too. What the deployment and start-up made
 * (process definitions, job definitions, groups, filters) keeps its id, so the copies are cases
 * of the same deployment, with their own process instances, executions, variables, tasks,
 * candidate links, grants, timers and history: the engine and the Tasklist take them as they
 * take the originals (the bench claims and completes one). Rows that name no new id (the
 * node's own background work) and the tables of metrics, sessions and the mail outbox are not
 * copied. Foreign keys and secondary unique indexes are not checked while copying (rows go
 * table by table, their ids new by construction); primary keys are. History rows ({@code
 * ACT_HI_*}) go into copy {@value #WITH_HISTORY} only ({@link #WITH_HISTORY}).
 */
final class EngineRowCopies {

  private static final Pattern UUID = Pattern.compile(
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern CASE_ID = Pattern.compile("TIP-(\\d{4})-(\\d{6})");
  private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history",
      "act_ge_property", "act_ge_schema_log", "act_ru_meter_log", "act_ru_task_meter_log",
      "act_hi_job_log", "act_ru_jobdef", "act_ru_filter", "act_ru_batch", "act_hi_batch",
      "spring_session", "spring_session_attributes", "mail_outbox", "login_unlock");
  private static final int BATCH = 500;
  /**
   * The copies that get the history tables' rows too ({@code ACT_HI_*}): whole cases, one of
   * which the bench completes. The others get every runtime, repository and Prasan row but no
   * history: the Tasklist's list, count and HAL (tasks, candidate links, grants, definitions,
   * runtime variables) read none, and history was about 70 % of the rows copied.
   */
  static final int WITH_HISTORY = 1;
  /** Copies per INSERT ... SELECT (and per transaction). */
  private static final int CHUNK = 10;

  private final Map<String, Set<String>> before = new HashMap<>();

  /** Each table's key columns (or all its columns when it has no key). */
  private static Map<String, List<String>> tables(Connection connection) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT t.TABLE_NAME, k.COLUMN_NAME FROM information_schema.TABLES t
        LEFT JOIN information_schema.KEY_COLUMN_USAGE k ON k.TABLE_SCHEMA = t.TABLE_SCHEMA
          AND k.TABLE_NAME = t.TABLE_NAME AND k.CONSTRAINT_NAME = 'PRIMARY'
        WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
        ORDER BY t.TABLE_NAME, k.ORDINAL_POSITION""");
         ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String table = rows.getString(1);
        if (NOT_COPIED.contains(table.toLowerCase(Locale.ROOT))) {
          continue;
        }
        List<String> key = tables.computeIfAbsent(table, name -> new ArrayList<>());
        if (rows.getString(2) != null) {
          key.add(rows.getString(2));
        }
      }
    }
    return tables;
  }

  /** Records the keys of every row now (after start-up, before the intake). */
  void snapshot(Connection connection) throws SQLException {
    for (Map.Entry<String, List<String>> table : tables(connection).entrySet()) {
      Set<String> keys = new HashSet<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT * FROM " + table.getKey())) {
        while (rows.next()) {
          keys.add(key(rows, table.getValue()));
        }
      }
      before.put(table.getKey(), keys);
    }
  }

  /**
   * Copies the rows written since the snapshot {@code copies} times (at most 999, the originals'
   * case numbers under 1,000: copy n numbers its cases {@code n * 1000 + number}); answers the
   * rows written. Each table goes as one {@code INSERT ... SELECT} per copy, the ids rewritten by
   * {@code REGEXP_REPLACE} in the columns that hold only ids the intake made; a table whose
   * column mixes those with ids of the deployment goes row by row through JDBC.
   */
  long copy(Connection connection, int copies) throws SQLException {
    if (copies > 999) {
      throw new IllegalArgumentException("At most 999 copies: " + copies);
    }
    Map<String, List<String>> tables = tables(connection);
    Map<String, List<Object[]>> rowsOf = new LinkedHashMap<>();
    Map<String, List<String>> keysOf = new LinkedHashMap<>();
    Map<String, List<String>> columnsOf = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, List<String>> table : tables.entrySet()) {
      Set<String> old = before.getOrDefault(table.getKey(), Set.of());
      Set<String> generated = generatedColumns(connection, table.getKey());
      List<Object[]> rows = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      List<String> columns = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet result = statement.executeQuery("SELECT * FROM " + table.getKey())) {
        ResultSetMetaData meta = result.getMetaData();
        List<Integer> kept = new ArrayList<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
          if (!generated.contains(meta.getColumnName(column).toUpperCase(Locale.ROOT))) {
            kept.add(column);
            columns.add(meta.getColumnName(column));
          }
        }
        while (result.next()) {
          String key = key(result, table.getValue());
          if (old.contains(key)) {
            continue;
          }
          Matcher uuid = UUID.matcher(key);
          while (uuid.find()) {
            ids.add(uuid.group());
          }
          Object[] row = new Object[kept.size()];
          for (int index = 0; index < row.length; index++) {
            row[index] = result.getObject(kept.get(index));
          }
          rows.add(row);
          keys.add(key);
        }
      }
      if (!rows.isEmpty()) {
        rowsOf.put(table.getKey(), rows);
        keysOf.put(table.getKey(), keys);
        columnsOf.put(table.getKey(), columns);
      }
    }
    long written = 0;
    Map<String, Long> spent = new HashMap<>();
    try (Statement settings = connection.createStatement()) {
      settings.execute("SET FOREIGN_KEY_CHECKS = 0");
      // The copies' keys are new by construction (suffix -c<n>): the primary keys still check.
      settings.execute("SET UNIQUE_CHECKS = 0");
      settings.execute("CREATE TEMPORARY TABLE bench_copy (n INT NOT NULL PRIMARY KEY)");
      settings.execute("INSERT INTO bench_copy (n) SELECT seq FROM seq_1_to_" + Math.max(1, copies));
      settings.execute("CREATE TEMPORARY TABLE bench_seed_row (tbl VARCHAR(64) NOT NULL,"
          + " k VARCHAR(700) NOT NULL, v VARCHAR(700) NOT NULL, PRIMARY KEY (tbl, k))");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      Map<String, String> selects = new LinkedHashMap<>();
      for (Map.Entry<String, List<Object[]>> table : rowsOf.entrySet()) {
        String select = select(connection, table.getKey(), tables.get(table.getKey()),
            columnsOf.get(table.getKey()), table.getValue(), keysOf.get(table.getKey()), ids);
        if (select != null) {
          selects.put(table.getKey(), select);
        }
      }
      connection.commit();
      // The tables copied as one INSERT ... SELECT go CHUNK copies per statement (the copy
      // numbers joined from bench_copy), one transaction per chunk; the few row-by-row tables
      // go one copy at a time.
      for (int first = 1; first <= copies; first += CHUNK) {
        int last = Math.min(copies, first + CHUNK - 1);
        for (Map.Entry<String, String> table : selects.entrySet()) {
          int upTo = history(table.getKey()) ? Math.min(last, WITH_HISTORY) : last;
          if (first > upTo) {
            continue;
          }
          long tableStart = System.nanoTime();
          try (Statement statement = connection.createStatement()) {
            written += statement.executeUpdate("INSERT INTO " + table.getKey() + " ("
                + String.join(", ", columnsOf.get(table.getKey())) + ") " + table.getValue()
                + " AND C.n BETWEEN " + first + " AND " + upTo);
          }
          spent.merge(table.getKey(), System.nanoTime() - tableStart, Long::sum);
        }
        for (int copy = first; copy <= last; copy++) {
          for (Map.Entry<String, List<Object[]>> table : rowsOf.entrySet()) {
            if (selects.containsKey(table.getKey())
                || history(table.getKey()) && copy > WITH_HISTORY) {
              continue;
            }
            long tableStart = System.nanoTime();
            List<String> columns = columnsOf.get(table.getKey());
            String insert = "INSERT INTO " + table.getKey() + " (" + String.join(", ", columns)
                + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
              int batched = 0;
              for (Object[] original : table.getValue()) {
                Object[] row = mapped(original, columns, ids, copy, 1000);
                if (row == null) {
                  continue;
                }
                for (int index = 0; index < row.length; index++) {
                  statement.setObject(index + 1, row[index]);
                }
                statement.addBatch();
                if (++batched % BATCH == 0) {
                  statement.executeBatch();
                }
              }
              statement.executeBatch();
              written += batched;
            }
            spent.merge(table.getKey(), System.nanoTime() - tableStart, Long::sum);
          }
        }
        connection.commit();
        System.out.printf("[bench] copies %d-%d of %d done%n", first, last, copies);
      }
      spent.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
          .forEach(table -> System.out.printf("[bench] copying %s: %.1f s%n", table.getKey(),
              table.getValue() / 1e9));
    } finally {
      connection.setAutoCommit(autoCommit);
      try (Statement settings = connection.createStatement()) {
        settings.execute("SET FOREIGN_KEY_CHECKS = 1");
        settings.execute("SET UNIQUE_CHECKS = 1");
        settings.execute("DROP TEMPORARY TABLE IF EXISTS bench_seed_row");
        settings.execute("DROP TEMPORARY TABLE IF EXISTS bench_copy");
      }
    }
    return written;
  }

  /**
   * The {@code SELECT} that makes copy {@code {copy}} of the table's new rows in the database,
   * or null when the table must go row by row (no key, or a column mixing new and old ids).
   */
  private static String select(Connection connection, String table, List<String> keyColumns,
                               List<String> columns, List<Object[]> rows, List<String> keys,
                               Set<String> ids) throws SQLException {
    if (keyColumns.isEmpty()) {
      return null;
    }
    boolean[] newIds = new boolean[columns.size()];
    boolean[] oldIds = new boolean[columns.size()];
    boolean[] caseIds = new boolean[columns.size()];
    List<String> copied = new ArrayList<>();
    for (int row = 0; row < rows.size(); row++) {
      Object[] values = rows.get(row);
      if (mapped(values, columns, ids, 1, 1000) == null) {
        continue; // names nothing the intake made: background work, not a case's
      }
      copied.add(keys.get(row));
      for (int index = 0; index < values.length; index++) {
        if (!(values[index] instanceof String text)) {
          continue;
        }
        Matcher uuid = UUID.matcher(text);
        while (uuid.find()) {
          if (ids.contains(uuid.group())) {
            newIds[index] = true;
          } else {
            oldIds[index] = true;
          }
        }
        Matcher caseId = CASE_ID.matcher(text);
        while (caseId.find()) {
          if (Integer.parseInt(caseId.group(2)) >= 1000) {
            throw new IllegalStateException("Case numbers of the originals must be < 1000: "
                + caseId.group());
          }
          caseIds[index] = true;
        }
      }
    }
    for (int index = 0; index < columns.size(); index++) {
      if (newIds[index] && oldIds[index]) {
        System.out.println("[bench] " + table + "." + columns.get(index)
            + " mixes new and old ids: copied row by row");
        return null;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO bench_seed_row (tbl, k, v) VALUES (?, ?, ?)")) {
      for (String key : copied) {
        insert.setString(1, table);
        insert.setString(2, key);
        insert.setString(3, key.substring(0, key.indexOf('\u0001')));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<String> expressions = new ArrayList<>();
    for (int index = 0; index < columns.size(); index++) {
      String expression = "T." + columns.get(index);
      if (newIds[index]) {
        expression = "REGEXP_REPLACE(" + expression + ", '(" + UUID.pattern()
            + ")', CONCAT('\\\\1-c', C.n))";
      }
      if (caseIds[index]) {
        expression = "REGEXP_REPLACE(" + expression
            + ", 'TIP-([0-9]{4})-000([0-9]{3})', CONCAT('TIP-\\\\1-', LPAD(C.n, 3, '0'),"
            + " '\\\\2'))";
      }
      if (columns.get(index).equalsIgnoreCase("external_ref")) {
        expression = "CONCAT(" + expression + ", '-c', C.n)";
      }
      expressions.add(expression);
    }
    // The few seed rows drive, each finding its row by the table's key: a scan of the table
    // would grow with every copy made.
    String join;
    if (keyColumns.size() == 1) {
      // In the key column's character set: utf8mb4 against Camunda's utf8mb3 would read every row.
      String charset = charsetOf(connection, table, keyColumns.get(0));
      join = "T." + keyColumns.get(0) + " = " + (charset == null ? "S.v"
          : "CONVERT(S.v USING " + charset + ") COLLATE " + charset + "_bin");
    } else {
      List<String> key = new ArrayList<>();
      for (String column : keyColumns) {
        key.add("T." + column);
        key.add("CHAR(1)");
      }
      join = "S.k = CONCAT(" + String.join(", ", key) + ")";
    }
    return "SELECT " + String.join(", ", expressions) + " FROM bench_seed_row S STRAIGHT_JOIN "
        + table + " T ON " + join + " STRAIGHT_JOIN bench_copy C WHERE S.tbl = '" + table + "'";
  }

  private static boolean history(String table) {
    return table.toUpperCase(Locale.ROOT).startsWith("ACT_HI_");
  }

  /** The copy's row, or null when the row names no id the intake made. */
  private static Object[] mapped(Object[] original, List<String> columns, Set<String> ids,
                                 int copy, int cases) {
    Object[] row = original.clone();
    boolean changed = false;
    for (int index = 0; index < row.length; index++) {
      if (!(row[index] instanceof String text)) {
        continue;
      }
      String value = text;
      if (columns.get(index).equalsIgnoreCase("external_ref")) {
        value = value + "-c" + copy;
      }
      value = replace(UUID, value, id -> ids.contains(id) ? id + "-c" + copy : id);
      value = replace(CASE_ID, value, caseId -> {
        Matcher parts = CASE_ID.matcher(caseId);
        parts.matches();
        return String.format("TIP-%s-%06d", parts.group(1),
            Long.parseLong(parts.group(2)) + (long) copy * cases);
      });
      if (!value.equals(text)) {
        row[index] = value;
        changed = true;
      }
    }
    return changed ? row : null;
  }

  private static String replace(Pattern pattern, String text,
                                java.util.function.UnaryOperator<String> by) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder result = new StringBuilder();
    do {
      matcher.appendReplacement(result, Matcher.quoteReplacement(by.apply(matcher.group())));
    } while (matcher.find());
    matcher.appendTail(result);
    return result.toString();
  }

  /** The column's character set, or null for a number. */
  private static String charsetOf(Connection connection, String table, String column)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
          AND TABLE_NAME = ? AND COLUMN_NAME = ?""")) {
      query.setString(1, table);
      query.setString(2, column);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  /** Columns the database computes or numbers itself (auto-increment, generated). */
  private static Set<String> generatedColumns(Connection connection, String table)
      throws SQLException {
    Set<String> generated = new HashSet<>();
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
          AND TABLE_NAME = ? AND (EXTRA LIKE '%auto_increment%' OR EXTRA LIKE '%GENERATED%'
          OR EXTRA LIKE '%VIRTUAL%' OR EXTRA LIKE '%STORED%')""")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          generated.add(rows.getString(1).toUpperCase(Locale.ROOT));
        }
      }
    }
    return generated;
  }

  private static String key(ResultSet row, List<String> keyColumns) throws SQLException {
    StringBuilder key = new StringBuilder();
    if (keyColumns.isEmpty()) {
      for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
        key.append(row.getString(column)).append('\u0001');
      }
    } else {
      for (String column : keyColumns) {
        key.append(row.getString(column)).append('\u0001');
      }
    }
    return key.toString();
  }
}
