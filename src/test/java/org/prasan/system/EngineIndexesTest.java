package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.prasan.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** MockMvc only so that this test shares the API tests' cached application context. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class EngineIndexesTest {

  @Autowired
  DataSource dataSource;

  @Test
  void theEngineIndexesExistOnMariaDbAndNotOnH2() throws SQLException {
    List<String> expected = TestProfiles.onMariaDb()
        ? List.of("PRASAN_IDX_AUTH_RESOURCE_CHECK", "PRASAN_IDX_IDENT_LNK_GROUP_TASK",
            "PRASAN_IDX_JOB_LOCK_EXP", "PRASAN_IDX_TASK_DUE", "PRASAN_IDX_TASK_FOLLOW_UP",
            "PRASAN_IDX_TASK_PRIORITY")
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
      for (String table : List.of("ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_JOB",
          "ACT_RU_TASK")) {
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
