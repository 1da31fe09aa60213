package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine as this application sets it up, and the logins in front of it, in the suite's
 * shared context (one configuration for the API tests, so Spring starts it once): the
 * engine's own indexes and the shapes of its task statements on MariaDB, the history it keeps,
 * what {@code /engine-rest} answers to conflicts and to rules refused inside a completion,
 * and who may read the API's description and the metrics, with logins verified on every
 * request. Each former test class is a {@code @Nested} class; those tagged {@code mariadb}
 * also run in {@code mvn verify -Pmariadb}.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class EngineAndLoginsTest {

  /** The engine's own indexes ({@link EngineIndexes}): on MariaDB, created once, kept by a second node. */
  @Tag("mariadb")
  @Nested
  class EngineIndexesTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theEngineIndexesExistOnMariaDbAndNotOnH2() throws SQLException {
      List<String> expected = TestProfiles.onMariaDb()
          ? List.of("PRASAN_IDX_AUTH_RESOURCE_CHECK", "PRASAN_IDX_IDENT_LNK_GROUP_TASK",
              "PRASAN_IDX_JOB_LOCK_EXP")
          : List.of();

      assertThat(prasanIndexes()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSecondNodeStartingFindsTheIndexesAndKeepsThem() throws SQLException {
      assumeTrue(TestProfiles.onMariaDb(), "the indexes are MariaDB's");
      List<String> before = prasanIndexes();

      EngineIndexes.ensure(dataSource);

      assertThat(prasanIndexes()).containsExactlyInAnyOrderElementsOf(before);
    }

    private List<String> prasanIndexes() throws SQLException {
      List<String> names = new ArrayList<>();
      try (Connection connection = dataSource.getConnection()) {
        for (String table : List.of("ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_JOB")) {
          try (ResultSet indexes = connection.getMetaData()
              .getIndexInfo(connection.getCatalog(), null, table, false, false)) {
            while (indexes.next()) {
              String name = indexes.getString("INDEX_NAME");
              if (name != null && name.startsWith("PRASAN_") && !names.contains(name)) {
                names.add(name);
              }
            }
          }
        }
      }
      return names;
    }
  }
}
