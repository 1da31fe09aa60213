package org.prasan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.prasan.system.Bilingual;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * Tells an agency about a decision on a case: stored in {@code agency_notification} (the record
 * that it was told, in English), then published as {@link AgencyNotified} for delivery channels
 * (the mail outbox), in the caller's transaction.
 */
@Service
public class AgencyNotifications {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public AgencyNotifications(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Told in Thai and English (every notification is: officers in the provinces read Thai,
   * liaison officers and foreign agencies English); the mail carries both, the stored record
   * keeps the English text.
   */
  public void tell(String caseId, String agency, Bilingual subjects, Bilingual bodies) {
    String subject = subjects.en();
    String body = bodies.en();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO agency_notification (case_id, agency, subject, body, created_at)
            VALUES (:caseId, :agency, :subject, :body, :createdAt)""")
        .param("caseId", caseId)
        .param("agency", agency)
        .param("subject", abbreviate(subject, 255))
        .param("body", abbreviate(body, 4000))
        .param("createdAt", Timestamp.from(clock.instant()))
        .update(key, "id");
    events.publishEvent(new AgencyNotified(key.getKey().longValue(), caseId, agency, subjects,
        bodies));
  }

  public List<Notification> ofCase(String caseId) {
    return jdbc.sql("""
            SELECT agency, subject, body FROM agency_notification WHERE case_id = :caseId
            ORDER BY id""")
        .param("caseId", caseId)
        .query(Notification.class)
        .list();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** One thing an agency was told. */
  public record Notification(String agency, String subject, String body) {
  }
}
