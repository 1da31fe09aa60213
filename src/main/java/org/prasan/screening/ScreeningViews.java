package org.prasan.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side: an operation's counts (one aggregate statement and two groupings, whatever
 * the number of people) and its people page by page.
 */
@Repository
class ScreeningViews {

  static final Duration ENDING_SOON = Duration.ofHours(6);
  static final String NEEDS_MORE_TIME = "NEEDS_MORE_TIME";

  private final JdbcClient jdbc;
  private final Clock clock;

  ScreeningViews(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  OperationCounts counts(Operation operation) {
    Instant now = clock.instant();
    Timestamp nowTs = Timestamp.from(now);
    Timestamp soon = Timestamp.from(now.plus(ENDING_SOON));
    String open = "(outcome IS NULL OR outcome = '" + NEEDS_MORE_TIME + "')";
    long[] figures = jdbc.sql("""
            SELECT COUNT(*),
                   SUM(CASE WHEN immigration_status IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN warrant_hit THEN 1 ELSE 0 END),
                   SUM(CASE WHEN outcome IS NOT NULL AND outcome <> 'NEEDS_MORE_TIME'
                       THEN 1 ELSE 0 END),
                   SUM(CASE WHEN outcome = 'VICTIM' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN outcome = 'VICTIM_COMPELLED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN outcome = 'NOT_VICTIM' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN child THEN 1 ELSE 0 END),
                   SUM(CASE WHEN %1$s AND hold_ends_at > :now THEN 1 ELSE 0 END),
                   SUM(CASE WHEN %1$s AND hold_ends_at > :now AND hold_ends_at <= :soon
                       THEN 1 ELSE 0 END),
                   SUM(CASE WHEN extended THEN 1 ELSE 0 END),
                   SUM(CASE WHEN process_instance_id IS NOT NULL THEN 1 ELSE 0 END)
            FROM screening_person WHERE operation_id = :operationId""".formatted(open))
        .param("now", nowTs)
        .param("soon", soon)
        .param("operationId", operation.operationId())
        .query((rs, row) -> {
          long[] values = new long[12];
          for (int i = 0; i < values.length; i++) {
            values[i] = rs.getLong(i + 1);
          }
          return values;
        })
        .single();
    return new OperationCounts(operation.operationId(), operation.name(), operation.site(),
        operation.receivedAt(), operation.handedOverBy(), operation.leadAgency(), now,
        figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6],
        figures[7], figures[8], figures[9], figures[10], figures[11],
        grouped("SELECT language, COUNT(*) FROM screening_person_language "
            + "WHERE operation_id = ? GROUP BY language ORDER BY COUNT(*) DESC, language",
            operation.operationId()),
        grouped("SELECT nationality, COUNT(*) FROM screening_person "
            + "WHERE operation_id = ? GROUP BY nationality ORDER BY COUNT(*) DESC, nationality",
            operation.operationId()));
  }

  private Map<String, Long> grouped(String sql, String operationId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(sql).param(operationId)
        .query(rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  PeoplePage people(String operationId, String listRef, String status, String language,
                    int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE p.operation_id = :operationId");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("operationId", operationId);
    if (listRef != null) {
      where.append(" AND p.list_ref = :listRef");
      params.put("listRef", listRef);
    }
    if (status != null) {
      where.append(" AND p.status = :status");
      params.put("status", status);
    }
    if (language != null) {
      where.append(" AND EXISTS (SELECT 1 FROM screening_person_language l "
          + "WHERE l.person_ref = p.person_ref AND l.language = :language)");
      params.put("language", language);
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM screening_person p" + where)
        .params(params).query(Long.class).single();
    List<PersonView> people = new ArrayList<>();
    jdbc.sql("""
            SELECT p.person_ref, p.list_ref, p.age_band, p.child, p.sex, p.nationality,
                   p.languages, p.hold_ends_at, p.extended, p.status, p.outcome
            FROM screening_person p""" + where
            + " ORDER BY p.hold_ends_at, p.list_ref LIMIT " + size + " OFFSET "
            + ((long) page * size))
        .params(params)
        .query(rs -> {
          people.add(new PersonView(rs.getString("person_ref"), rs.getString("list_ref"),
              rs.getString("age_band"), rs.getBoolean("child"), rs.getString("sex"),
              rs.getString("nationality"), Arrays.asList(rs.getString("languages").split(";")),
              rs.getTimestamp("hold_ends_at").toInstant(), rs.getBoolean("extended"),
              rs.getString("status"), rs.getString("outcome")));
        });
    return new PeoplePage(page, size, total, people);
  }
}
