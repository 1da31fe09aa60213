package org.prasan.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
