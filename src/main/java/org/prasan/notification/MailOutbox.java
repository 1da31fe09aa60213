package org.prasan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.prasan.system.BangkokTime;
import org.prasan.system.Bilingual;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The transactional outbox of e-mail: one {@code mail_outbox} row per recipient, written in the
 * transaction that tells a group (the task's creation, the escalation), so a rolled back
 * escalation mails nobody and a committed one is never lost, whatever the mail server or the
 * node does next. {@link OutboxSender} sends the rows. Recipients are the group's members with
 * an e-mail address when it was told. Each mail is Thai, then English.
 */
@Component
@ConditionalOnProperty(name = "prasan.notifications.mail-enabled", havingValue = "true")
public class MailOutbox {

  static final String PENDING = "PENDING";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";
  static final String ENGLISH_FOLLOWS = "\n\n---- English ----\n\n";

  private final JdbcClient jdbc;
  private final IdentityService identityService;
  private final NotificationProperties properties;
  private final TaskLinks links;
  private final Clock clock;

  public MailOutbox(JdbcClient jdbc, IdentityService identityService,
                    NotificationProperties properties, TaskLinks links, Clock clock) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.properties = properties;
    this.links = links;
    this.clock = clock;
  }

  /** Synchronous, so in the transaction of the code that told the agency. */
  @EventListener
  public void onAgencyNotified(AgencyNotified notified) {
    enqueue(notified.caseId(), List.of(notified.agency()), notified.subject(), notified.body());
  }

  @EventListener
  public void onTaskAnnounced(TaskAnnounced task) {
    if (!properties.announceTasks()) {
      return;
    }
    String link = links.toTask(task.taskId());
    Bilingual subject = Bilingual.of(
        "งานใหม่: " + task.taskName() + " (" + task.caseId() + ")",
        "New task: " + task.taskName() + " (" + task.caseId() + ")");
    Bilingual body = Bilingual.of(
        "งานของคดี " + task.caseId() + " รอหน่วยงานของท่าน: " + task.taskName()
            + "\nกำหนดเสร็จ: " + (task.dueAt() == null ? "-" : BangkokTime.th(task.dueAt()))
            + "\nเปิดงาน: " + link,
        "A task of case " + task.caseId() + " waits for your agency: " + task.taskName()
            + ".\nDue: " + (task.dueAt() == null ? "-" : BangkokTime.en(task.dueAt()))
            + "\nOpen it: " + link);
    enqueue(task.caseId(), task.groups(), subject, body);
  }

  void enqueue(String caseId, List<String> groups, Bilingual subject, Bilingual body) {
    Instant now = clock.instant();
    for (String address : addressesOf(groups)) {
      jdbc.sql("""
              INSERT INTO mail_outbox (case_id, recipient, subject, body, status, attempts,
                next_attempt_at, created_at)
              VALUES (:caseId, :recipient, :subject, :body, :status, 0, :now, :now)""")
          .param("caseId", caseId)
          .param("recipient", address)
          .param("subject", abbreviate(subject.th() + Bilingual.SEPARATOR + subject.en(), 500))
          .param("body", abbreviate(body.th() + ENGLISH_FOLLOWS + body.en(), 8000))
          .param("status", PENDING)
          .param("now", Timestamp.from(now))
          .update();
    }
  }

  /**
   * Looked up as the system, not as the caller: an officer whose action gives another agency a
   * task (a claim for the coordinator) may not list that agency's users (IdentityGuard), yet
   * its officers must get the mail.
   */
  private List<String> addressesOf(List<String> groups) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return groups.stream()
          .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list()
              .stream())
          .map(User::getEmail)
          .filter(email -> email != null && !email.isBlank())
          .distinct()
          .toList();
    } finally {
      identityService.setAuthentication(caller);
    }
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
