package org.prasan.notification;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** E-mail through a real SMTP server (GreenMail) to the members of the groups told. */
@SpringBootTest(properties = {"prasan.notifications.mail-enabled=true",
    "prasan.notifications.public-url=https://prasan.example"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailChannelTest {

  /** Started before the context, on a free port, so the context can be pointed at it. */
  private static final GreenMail SMTP = startSmtp();
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

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterEach
  void resetTheClock() throws Exception {
    ClockUtil.reset();
    SMTP.purgeEmailFromAllMailboxes();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Test
  void mailsTheOfficersOfTheAgencyANewTaskWaitsForWithALinkToIt() throws Exception {
    String caseId = new CaseApi(mvc, json, identityService).newCase();
    String triage = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_TriageTip").singleResult().getId();

    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 2)).isTrue();
    List<MimeMessage> mails = mailsAbout(caseId, "New task: Triage tip");
    assertThat(recipients(mails)).containsExactlyInAnyOrder(
        "rtp-atpd.officer@prasan.invalid", "rtp-atpd.supervisor@prasan.invalid");
    assertThat(GreenMailUtil.getBody(mails.get(0)))
        .contains("https://prasan.example/camunda/app/tasklist/default/#/?task=" + triage);
  }

  @Test
  void mailsTheSupervisorsWhenATaskIsOverdue() throws Exception {
    String caseId = new CaseApi(mvc, json, identityService).newCase();
    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 2)).isTrue();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(10))));
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
        .forEach(instance -> managementService.createJobQuery()
            .processInstanceId(instance.getId()).executable().list()
            .forEach(job -> managementService.executeJob(job.getId())));

    assertThat(SMTP.waitForIncomingEmail(WAIT_MS, 3)).isTrue();
    List<MimeMessage> escalation = mailsAbout(caseId, "Escalation: Triage tip overdue");
    assertThat(recipients(escalation)).containsExactly("rtp-atpd.supervisor@prasan.invalid");
    assertThat(GreenMailUtil.getBody(escalation.get(0))).contains("Held by: unclaimed");
  }

  private static List<MimeMessage> mailsAbout(String caseId, String subject) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(mail -> subjectOf(mail).equals(subject + " (" + caseId + ")"))
        .toList();
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

  private static GreenMail startSmtp() {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }
}
