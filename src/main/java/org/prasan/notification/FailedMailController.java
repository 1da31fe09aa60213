package org.prasan.notification;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.system.Bilingual;
import org.prasan.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mails the outbox gave up on ({@link OutboxSender}): administrators see them, fix the
 * address or the mail server, and send one again.
 */
@RestController
public class FailedMailController {

  private final JdbcClient jdbc;
  private final Clock clock;

  public FailedMailController(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @GetMapping(path = "/api/notifications/mail/failed", produces = "application/json")
  @Access(AccessRule.ADMINISTRATORS)
  @Operation(summary = "Mails marked FAILED after their last attempt, oldest first; "
      + "for administrators")
  public List<OutboxMail> failed() {
    return jdbc.sql("""
            SELECT id, case_id, recipient, subject, status, attempts, last_error, created_at,
              next_attempt_at
            FROM mail_outbox WHERE status = 'FAILED' ORDER BY id""")
        .query(OutboxMail.class)
        .list();
  }

  @PostMapping(path = "/api/notifications/mail/{mailId}/retry")
  @Access(AccessRule.ADMINISTRATORS)
  @Operation(summary = "Send a FAILED mail again: PENDING, due now, its attempts counted anew",
      description = "204; 404 when no FAILED mail has this id.")
  public ResponseEntity<Void> retry(@PathVariable long mailId) {
    int changed = jdbc.sql("""
            UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now
            WHERE id = :id AND status = 'FAILED'""")
        .param("now", Timestamp.from(clock.instant()))
        .param("id", mailId)
        .update();
    if (changed == 0) {
      throw new NotFoundException(Bilingual.of("ไม่มีอีเมลที่ส่งไม่สำเร็จหมายเลข " + mailId,
          "no failed mail " + mailId));
    }
    return ResponseEntity.noContent().build();
  }
}
