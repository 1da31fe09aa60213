package org.prasan.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh MariaDB database of one bench run ({@code prasan_bench_<run>_<use>}), utf8mb4 with
 * utf8mb4_bin as production's (README "Production"); the bench drops it at the end.
 */
final class BenchDatabase implements AutoCloseable {

  private static final String SERVER = System.getProperty("prasan.bench.mariadb",
      "jdbc:mariadb://127.0.0.1:3306/");
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final String name;

  private BenchDatabase(String name) {
    this.name = name;
  }

  static BenchDatabase create(String use) throws SQLException {
    BenchDatabase database = new BenchDatabase("prasan_bench_" + RUN + "_" + use);
    execute("CREATE DATABASE " + database.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    return database;
  }

  /**
   * A new database holding a copy of {@code source}: every table as {@code SHOW CREATE TABLE}
   * gives it (keys, foreign keys, auto-increment counters) and all its rows. A bench's set-up
   * done once serves several rounds this way, each on a database of its own.
   */
  static BenchDatabase copyOf(BenchDatabase source, String use) throws SQLException {
    BenchDatabase copy = create(use);
    try (Connection server = DriverManager.getConnection(copy.url(), "root", "");
         Statement statement = server.createStatement()) {
      statement.execute("SET SESSION foreign_key_checks = 0");
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SHOW FULL TABLES FROM " + source.name
          + " WHERE Table_type = 'BASE TABLE'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        String create;
        try (ResultSet rows = statement.executeQuery("SHOW CREATE TABLE " + source.name + ".`"
            + table + "`")) {
          rows.next();
          create = rows.getString(2);
        }
        statement.execute(create);
        statement.execute("INSERT INTO `" + table + "` SELECT * FROM " + source.name + ".`"
            + table + "`");
      }
      statement.execute("SET SESSION foreign_key_checks = 1");
    } catch (SQLException | RuntimeException failed) {
      copy.close();
      throw failed;
    }
    return copy;
  }

  String name() {
    return name;
  }

  String url() {
    return SERVER + name;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url() + "?useMysqlMetadata=true", "root", "");
  }

  @Override
  public void close() throws SQLException {
    execute("DROP DATABASE IF EXISTS " + name);
  }

  private static void execute(String sql) throws SQLException {
    try (Connection server = DriverManager.getConnection(SERVER, "root", "");
         Statement statement = server.createStatement()) {
      statement.execute(sql);
    }
  }
}
