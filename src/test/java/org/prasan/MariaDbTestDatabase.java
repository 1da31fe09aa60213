package org.prasan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh databases on the real MariaDB server for one test run: {@code prasan_it_<random>_<use>},
 * utf8mb4 with the case-sensitive {@code utf8mb4_bin}, created on first use and dropped when the
 * run ends ({@link MariaDbTestSession}). The server comes from {@code -Dprasan.test.mariadb}
 * (default {@code jdbc:mariadb://127.0.0.1:3306/}, root, empty password).
 */
public final class MariaDbTestDatabase {

  static final String SERVER = System.getProperty("prasan.test.mariadb",
      "jdbc:mariadb://127.0.0.1:3306/");
  static final String USER = System.getProperty("prasan.test.mariadb.user", "root");
  static final String PASSWORD = System.getProperty("prasan.test.mariadb.password", "");
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Map<String, MariaDbTestDatabase> OF_THIS_RUN = new LinkedHashMap<>();

  private final String name;

  private MariaDbTestDatabase(String name) {
    this.name = name;
  }

  /** This run's database for one use ("app", "process-tests"), created the first time. */
  public static synchronized MariaDbTestDatabase forRun(String use) {
    return OF_THIS_RUN.computeIfAbsent(use, key -> create("prasan_it_" + RUN + "_" + key));
  }

  /** A database of its own, for a test that drops it itself ({@link #drop()}). */
  public static MariaDbTestDatabase create(String name) {
    if (!name.matches("prasan_it_[a-z0-9_]{1,50}")) {
      throw new IllegalArgumentException("Test databases are named prasan_it_...: " + name);
    }
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    return new MariaDbTestDatabase(name);
  }

  /** Drops every database of this run; the end of the run calls it. */
  static synchronized void dropAll() {
    OF_THIS_RUN.values().forEach(MariaDbTestDatabase::drop);
    OF_THIS_RUN.clear();
  }

  public String name() {
    return name;
  }

  /** The URL the application reads from PRASAN_DB_URL. */
  public String url() {
    return SERVER + name;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, PASSWORD);
  }

  public void drop() {
    execute("DROP DATABASE IF EXISTS " + name);
  }

  private static void execute(String sql) {
    try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
         Statement statement = server.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB at " + SERVER + " (start it: README "
          + "\"Production\"): " + sql, e);
    }
  }
}
