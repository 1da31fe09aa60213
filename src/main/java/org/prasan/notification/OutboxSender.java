package org.prasan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the mail outbox: every due PENDING row, on every node. A node first takes a row (one
 * UPDATE that only one node wins, which pushes its next attempt a lease ahead), then sends it
 * and marks it SENT; a failed send waits 1, 2, 4 ... minutes (prasan.notifications.outbox) and
 * after the last attempt the row is FAILED, listed for administrators
 * ({@link FailedMailController}). Rows are in the database, so a restart loses none; a node that
 * dies between sending and marking leaves the row to be sent again after the lease (a mail may
 * then arrive twice, never not at all). Times come from the engine's clock.
 */
@Component
@ConditionalOnProperty(name = "prasan.notifications.mail-enabled", havingValue = "true")
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final JdbcClient jdbc;
  private final JavaMailSender mail;
  private final NotificationProperties properties;
  private final Clock clock;

  public OutboxSender(JdbcClient jdbc, JavaMailSender mail, NotificationProperties properties,
                      Clock clock) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${prasan.notifications.outbox.poll:PT15S}",
      initialDelayString = "${prasan.notifications.outbox.poll:PT15S}")
  public void scheduled() {
    sendDue();
  }

  /** Sends what is due now; answers how many were delivered. */
  public int sendDue() {
    Instant now = clock.instant();
    // The batch is a number from the configuration, never input: written into the statement.
    List<Due> due = jdbc.sql("""
            SELECT id, recipient, subject, body, attempts FROM mail_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= :now ORDER BY id LIMIT\s"""
            + properties.outbox().batch())
        .param("now", Timestamp.from(now))
        .query(Due.class)
        .list();
    int delivered = 0;
    for (Due one : due) {
      if (take(one, now) && send(one, now)) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean take(Due one, Instant now) {
    return jdbc.sql("""
            UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :lease
            WHERE id = :id AND status = 'PENDING' AND attempts = :attempts""")
        .param("lease", Timestamp.from(now.plus(properties.outbox().lease())))
        .param("id", one.id())
        .param("attempts", one.attempts())
        .update() == 1;
  }

  private boolean send(Due one, Instant now) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(one.recipient());
    message.setSubject(one.subject());
    message.setText(one.body());
    try {
      mail.send(message);
    } catch (MailException failed) {
      failed(one, now, failed);
      return false;
    }
    jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = :now WHERE id = :id")
        .param("now", Timestamp.from(clock.instant()))
        .param("id", one.id())
        .update();
    return true;
  }

  private void failed(Due one, Instant now, MailException failure) {
    int attempts = one.attempts() + 1;
    String error = String.valueOf(failure.getMessage());
    error = error.length() > 1000 ? error.substring(0, 1000) : error;
    boolean last = attempts >= properties.outbox().maxAttempts();
    jdbc.sql("""
            UPDATE mail_outbox SET status = :status, next_attempt_at = :next, last_error = :error
            WHERE id = :id""")
        .param("status", last ? MailOutbox.FAILED : MailOutbox.PENDING)
        .param("next", Timestamp.from(now.plus(properties.outbox().retryAfter(attempts))))
        .param("error", error)
        .param("id", one.id())
        .update();
    if (last) {
      LOG.error("Gave up mailing {} (outbox {}) after {} attempts: {}", one.recipient(),
          one.id(), attempts, error);
    } else {
      LOG.warn("Could not mail {} (outbox {}, attempt {}), retried later: {}", one.recipient(),
          one.id(), attempts, error);
    }
  }

  /** A row due for sending. */
  record Due(long id, String recipient, String subject, String body, int attempts) {
  }
}
