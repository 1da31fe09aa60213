package org.prasan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prasan.claims.CaseApi;
import org.prasan.claims.ClaimResolutionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * E-mail through the outbox to a real SMTP server (GreenMail): written with the task or the
 * escalation, sent by {@link OutboxSender}, retried with a growing wait while the server is
 * down and delivered once it is back, FAILED after the last attempt and shown to
 * administrators. The sender is called by the test (its schedule is an hour here), and the
 * waits pass by moving the engine clock.
 */
@SpringBootTest(properties = {"prasan.notifications.mail-enabled=true",
    "prasan.notifications.public-url=https://prasan.example",
    "prasan.notifications.outbox.poll=PT1H",
    "prasan.notifications.outbox.first-retry=PT1M",
    "prasan.notifications.outbox.max-attempts=3"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailOutboxTest {

  /** Started before the context, on a free port, so the context can be pointed at it. */
  private static GreenMail smtp = startSmtp(0);
  private static final int SMTP_PORT = smtp.getSmtp().getPort();
  private static final long WAIT_MS = 10_000;

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  OutboxSender sender;
  @Autowired
  JdbcClient jdbc;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP_PORT);
  }

  @AfterEach
  void resetTheClockAndTheServer() throws Exception {
    ClockUtil.reset();
    if (!smtp.isRunning()) {
      smtp = startSmtp(SMTP_PORT);
    }
    sender.sendDue();
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void mailsTheOfficersOfTheAgencyANewTaskWaitsForInThaiAndEnglishWithALinkToIt()
      throws Exception {
    String caseId = newCase();
    String triage = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_TriageTip").singleResult().getId();

    assertThat(sender.sendDue()).isEqualTo(2);

    assertThat(smtp.waitForIncomingEmail(WAIT_MS, 2)).isTrue();
    List<MimeMessage> mails = mailsAbout(caseId, "New task: Triage tip");
    assertThat(recipients(mails)).containsExactlyInAnyOrder(
        "rtp-atpd.officer@prasan.invalid", "rtp-atpd.supervisor@prasan.invalid");
    assertThat(mails.get(0).getSubject())
        .isEqualTo("งานใหม่: Triage tip (" + caseId + ") / New task: Triage tip (" + caseId + ")");
    assertThat(GreenMailUtil.getBody(mails.get(0))).isNotBlank();
    assertThat(textOf(mails.get(0)))
        .contains("งานของคดี " + caseId + " รอหน่วยงานของท่าน")
        .contains("https://prasan.example/camunda/app/tasklist/default/#/?task=" + triage);
    assertThat(statuses(caseId)).containsOnly(MailOutbox.SENT);
  }

  @Test
  void mailsTheSupervisorsWhenATaskIsOverdue() throws Exception {
    String caseId = newCase();
    sender.sendDue();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(10))));
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
        .forEach(instance -> managementService.createJobQuery()
            .processInstanceId(instance.getId()).executable().list()
            .forEach(job -> managementService.executeJob(job.getId())));
    sender.sendDue();

    assertThat(smtp.waitForIncomingEmail(WAIT_MS, 3)).isTrue();
    List<MimeMessage> escalation = mailsAbout(caseId, "Escalation: Triage tip overdue");
    assertThat(recipients(escalation)).containsExactly("rtp-atpd.supervisor@prasan.invalid");
    assertThat(escalation.get(0).getSubject()).startsWith("งานเกินกำหนด: Triage tip");
    assertThat(textOf(escalation.get(0))).contains("ผู้รับผิดชอบ: unclaimed")
        .contains("Held by: unclaimed");
  }

  @Test
  void aMailThatFailsWhileTheServerIsDownIsRetriedAndDeliveredWhenItIsBack() throws Exception {
    smtp.stop();
    String caseId = newCase();
    Instant start = Instant.now();
    ClockUtil.setCurrentTime(Date.from(start));

    assertThat(sender.sendDue()).isZero();
    assertThat(statuses(caseId)).containsExactly(MailOutbox.PENDING, MailOutbox.PENDING);
    assertThat(lastErrors(caseId)).allSatisfy(error -> assertThat(error).isNotBlank());

    smtp = startSmtp(SMTP_PORT);
    // The first retry waits a minute: one second before, nothing is sent.
    ClockUtil.setCurrentTime(Date.from(start.plusSeconds(59)));
    assertThat(sender.sendDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61)));
    assertThat(sender.sendDue()).isEqualTo(2);

    assertThat(smtp.waitForIncomingEmail(WAIT_MS, 2)).isTrue();
    assertThat(recipients(mailsAbout(caseId, "New task: Triage tip"))).hasSize(2);
    assertThat(statuses(caseId)).containsOnly(MailOutbox.SENT);
  }

  @Test
  void afterTheLastAttemptTheMailIsFailedAndListedForAdministratorsWhoSendItAgain()
      throws Exception {
    smtp.stop();
    String caseId = newCase();
    Instant now = Instant.now();
    // Attempts at 0, +1 min and +2 min more (max-attempts 3 here).
    for (Duration wait : List.of(Duration.ZERO, Duration.ofSeconds(61),
        Duration.ofSeconds(121))) {
      now = now.plus(wait);
      ClockUtil.setCurrentTime(Date.from(now));
      sender.sendDue();
    }
    assertThat(statuses(caseId)).containsOnly(MailOutbox.FAILED);

    JsonNode failed = json.readTree(mvc.perform(get("/api/notifications/mail/failed")
        .with(basic("admin"))).andReturn().getResponse().getContentAsString());
    List<JsonNode> ofCase = new ArrayList<>();
    failed.forEach(mail -> {
      if (caseId.equals(mail.get("caseId").asText())) {
        ofCase.add(mail);
      }
    });
    assertThat(ofCase).hasSize(2).allSatisfy(mail -> {
      assertThat(mail.get("attempts").asInt()).isEqualTo(3);
      assertThat(mail.get("subject").asText()).contains("New task: Triage tip");
    });
    assertThat(mvc.perform(get("/api/notifications/mail/failed").with(basic(
        "rtp-atpd.supervisor"))).andReturn().getResponse().getStatus()).isEqualTo(403);

    smtp = startSmtp(SMTP_PORT);
    for (JsonNode mail : ofCase) {
      assertThat(mvc.perform(post("/api/notifications/mail/" + mail.get("id").asLong()
          + "/retry").with(basic("admin"))).andReturn().getResponse().getStatus())
          .isEqualTo(204);
    }
    assertThat(sender.sendDue()).isEqualTo(2);
    assertThat(smtp.waitForIncomingEmail(WAIT_MS, 2)).isTrue();
  }

  @Test
  void aDeclinedClaimReachesTheClaimantsOutboxInThaiThenEnglish() throws Exception {
    String caseId = newCase();
    CaseApi api = new CaseApi(mvc, json, identityService);
    api.claim("immigration", caseId);
    String resolution = CaseApi.openTasks(taskService, caseId, ClaimResolutionProcess.PROCESS_KEY)
        .get(0).getId();

    identityService.setAuthentication("coordinator", List.of("coordinator"));
    try {
      taskService.complete(resolution, java.util.Map.of(
          ClaimResolutionProcess.VAR_CLAIM_CONFIRMATION, ClaimResolutionProcess.DECLINE,
          ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON, "Triage has not finished yet"));
    } finally {
      identityService.clearAuthentication();
    }

    List<java.util.Map<String, Object>> told = jdbc.sql("""
            SELECT recipient, subject, body FROM mail_outbox
            WHERE case_id = :caseId AND recipient LIKE 'immigration%' ORDER BY id""")
        .param("caseId", caseId).query().listOfRows();
    assertThat(told).isNotEmpty().allSatisfy(mail -> {
      assertThat(mail.get("SUBJECT")).isEqualTo("คำขอเป็นหน่วยงานหลักของคดี " + caseId
          + " ไม่ได้รับอนุมัติ / Claim to lead case " + caseId + " declined");
      String body = (String) mail.get("BODY");
      assertThat(body).startsWith("ผู้ประสานงานไม่อนุมัติคำขอของหน่วยงานท่าน"
          + "ที่จะเป็นหน่วยงานหลักของคดี " + caseId + " เหตุผล: Triage has not finished yet" + MailOutbox.ENGLISH_FOLLOWS
          + "The coordinator declined your claim to lead case " + caseId);
    });
  }

  /**
   * A node that took mails and died before marking them (or a restart in the middle of a send)
   * leaves them PENDING with their next attempt a lease (5 minutes) ahead: any node sends them
   * then. Pending mails are rows, so a restart loses none.
   */
  @Test
  void mailsTakenByANodeThatDiedAreSentByAnotherAfterTheLease() throws Exception {
    String caseId = newCase();
    Instant start = Instant.now();
    jdbc.sql("UPDATE mail_outbox SET attempts = 1, next_attempt_at = :lease"
            + " WHERE case_id = :caseId")
        .param("lease", java.sql.Timestamp.from(start.plus(Duration.ofMinutes(5))))
        .param("caseId", caseId)
        .update();

    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(5)).minusSeconds(1)));
    assertThat(sender.sendDue()).isZero();
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(5)).plusSeconds(1)));
    assertThat(sender.sendDue()).isEqualTo(2);

    assertThat(smtp.waitForIncomingEmail(WAIT_MS, 2)).isTrue();
    assertThat(statuses(caseId)).containsOnly(MailOutbox.SENT);
  }

  private String newCase() throws Exception {
    return new CaseApi(mvc, json, identityService).newCase();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(
      String user) {
    return org.springframework.security.test.web.servlet.request
        .SecurityMockMvcRequestPostProcessors.httpBasic(user, "demo");
  }

  private List<String> statuses(String caseId) {
    return jdbc.sql("SELECT status FROM mail_outbox WHERE case_id = :caseId ORDER BY id")
        .param("caseId", caseId).query(String.class).list();
  }

  private List<String> lastErrors(String caseId) {
    return jdbc.sql("SELECT last_error FROM mail_outbox WHERE case_id = :caseId ORDER BY id")
        .param("caseId", caseId).query(String.class).list();
  }

  private List<MimeMessage> mailsAbout(String caseId, String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(mail -> subjectOf(mail).endsWith(subject + " (" + caseId + ")"))
        .toList();
  }

  private static String textOf(MimeMessage mail) throws Exception {
    return mail.getContent().toString();
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static List<String> recipients(List<MimeMessage> mails) throws MessagingException {
    List<String> to = new ArrayList<>();
    for (MimeMessage mail : mails) {
      Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
          .forEach(address -> to.add(address.toString()));
    }
    return to;
  }

  private static GreenMail startSmtp(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1",
        ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }
}
