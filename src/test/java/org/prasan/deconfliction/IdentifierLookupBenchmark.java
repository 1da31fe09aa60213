package org.prasan.deconfliction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.CaseStatus;

/**
 * How fast one identifier is matched against 1,000,000 stored ones, with our schema (Flyway) and
 * the query {@link IdentifierIndex#openCasesWith} runs. Not part of the build (the class name
 * does not end in Test): run it with {@code mvn test -Dtest=IdentifierLookupBenchmark}. Prints
 * timings; asserts none, since they depend on the machine.
 */
@Tag("benchmark")
class IdentifierLookupBenchmark {

  static final int IDENTIFIERS = 1_000_000;
  static final int IDENTIFIERS_PER_CASE = 5;
  static final int LOOKUPS = 20_000;
  static final int WARM_UP = 5_000;

  @Test
  void matchesOneIdentifierAgainstAMillionStored() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:lookup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).table("prasan_schema_history")
        .locations("classpath:db/migration").load().migrate();
    IdentifierNormalizer normalizer = new IdentifierNormalizer();
    try (Connection connection = dataSource.getConnection()) {
      long loadStart = System.nanoTime();
      load(connection, normalizer);
      System.out.printf("Loaded %,d identifiers in %.1f s%n", IDENTIFIERS,
          (System.nanoTime() - loadStart) / 1e9);
      String query = """
          SELECT DISTINCT i.case_id FROM case_identifier i
          JOIN case_file f ON f.case_id = i.case_id AND f.status = ?
          WHERE i.type = ? AND i.normalized_value = ?""";
      try (PreparedStatement lookup = connection.prepareStatement(query)) {
        Random random = new Random(7);
        long[] micros = new long[LOOKUPS];
        for (int i = 0; i < WARM_UP + LOOKUPS; i++) {
          // Half the lookups hit a stored phone, half miss; written the other way round.
          long number = random.nextBoolean() ? random.nextInt(IDENTIFIERS) : 50_000_000L + i;
          String value = normalizer.normalize(IdentifierType.PHONE, "+66 8" + digits(number));
          long start = System.nanoTime();
          lookup.setString(1, CaseStatus.OPEN.name());
          lookup.setString(2, IdentifierType.PHONE.name());
          lookup.setString(3, value);
          try (ResultSet rows = lookup.executeQuery()) {
            while (rows.next()) {
              rows.getString(1);
            }
          }
          if (i >= WARM_UP) {
            micros[i - WARM_UP] = (System.nanoTime() - start) / 1_000;
          }
        }
        Arrays.sort(micros);
        System.out.printf("Lookup of one identifier among %,d (H2 in memory, %,d lookups incl. "
                + "normalising): median %d µs, p95 %d µs, p99 %d µs, max %d µs%n", IDENTIFIERS,
            LOOKUPS, micros[LOOKUPS / 2], micros[LOOKUPS * 95 / 100], micros[LOOKUPS * 99 / 100],
            micros[LOOKUPS - 1]);
      }
    }
  }

  private static void load(Connection connection, IdentifierNormalizer normalizer)
      throws Exception {
    connection.setAutoCommit(false);
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement cases = connection.prepareStatement("""
            INSERT INTO case_file (case_id, source, received_at, province, status, created_at)
            VALUES (?, 'HOTLINE', ?, 'Bangkok', ?, ?)""");
         PreparedStatement identifiers = connection.prepareStatement("""
            INSERT INTO case_identifier (case_id, type, raw_value, normalized_value, added_at)
            VALUES (?, ?, ?, ?, ?)""")) {
      for (int number = 0; number < IDENTIFIERS; number++) {
        String caseId = String.format("TIP-2026-%06d", number / IDENTIFIERS_PER_CASE);
        if (number % IDENTIFIERS_PER_CASE == 0) {
          cases.setString(1, caseId);
          cases.setTimestamp(2, now);
          cases.setString(3, number % 10 == 0 ? CaseStatus.CLOSED.name() : CaseStatus.OPEN.name());
          cases.setTimestamp(4, now);
          cases.addBatch();
        }
        String raw = "08" + digits(number).substring(0, 1) + "-" + digits(number).substring(1, 4)
            + "-" + digits(number).substring(4);
        identifiers.setString(1, caseId);
        identifiers.setString(2, IdentifierType.PHONE.name());
        identifiers.setString(3, raw);
        identifiers.setString(4, normalizer.normalize(IdentifierType.PHONE, raw));
        identifiers.setTimestamp(5, now);
        identifiers.addBatch();
        if (number % 10_000 == 9_999) {
          cases.executeBatch();
          identifiers.executeBatch();
          connection.commit();
        }
      }
    }
    connection.setAutoCommit(true);
  }

  /** Eight digits: with "08" in front a Thai mobile number. */
  private static String digits(long number) {
    return String.format("%08d", number);
  }
}
