package org.prasan.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail to every member of the group told: after the engine's transaction commits (a rolled
 * back escalation mails nobody) and off the engine's thread (a slow mail server never holds a
 * task). A failed delivery is logged; the record of who was told stays in the database.
 */
@Component
@ConditionalOnProperty(name = "prasan.notifications.mail-enabled", havingValue = "true")
public class MailChannel {

  private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);

  private final JavaMailSender mail;
  private final IdentityService identityService;
  private final NotificationProperties properties;
  private final TaskLinks links;

  public MailChannel(JavaMailSender mail, IdentityService identityService,
                     NotificationProperties properties, TaskLinks links) {
    this.mail = mail;
    this.identityService = identityService;
    this.properties = properties;
    this.links = links;
  }

  @Async
  @TransactionalEventListener(fallbackExecution = true)
  public void onAgencyNotified(AgencyNotified notified) {
    send(List.of(notified.agency()), notified.subject(), notified.body());
  }

  @Async
  @TransactionalEventListener(fallbackExecution = true)
  public void onTaskAnnounced(TaskAnnounced task) {
    if (!properties.announceTasks()) {
      return;
    }
    send(task.groups(), "New task: " + task.taskName() + " (" + task.caseId() + ")",
        "A task of case " + task.caseId() + " waits for your agency: " + task.taskName()
            + ".\nDue: " + task.dueAt() + "\nOpen it: " + links.toTask(task.taskId()));
  }

  private void send(List<String> groups, String subject, String body) {
    List<String> addresses = groups.stream()
        .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream())
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .distinct()
        .toList();
    for (String address : addresses) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(properties.from());
      message.setTo(address);
      message.setSubject(subject);
      message.setText(body);
      try {
        mail.send(message);
      } catch (MailException failed) {
        LOG.warn("Could not mail {} about '{}': {}", address, subject, failed.getMessage());
      }
    }
  }
}
