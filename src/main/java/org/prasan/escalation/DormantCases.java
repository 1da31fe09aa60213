package org.prasan.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.notification.AgencyNotifications;
import org.prasan.sla.ServiceLevel;
import org.prasan.sla.ServiceLevels;
import org.prasan.sla.SlaEvent;
import org.prasan.sla.SlaEvents;
import org.prasan.system.BangkokTime;
import org.prasan.system.Bilingual;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A case on which no task was completed for {@code prasan.sla.dormant-after} (policy: 10
 * working days) alerts its lead agency's supervisors, once for each quiet spell: a case can
 * stall without any one task being late (nobody opens the next step, a stage waits on another).
 */
@Component
public class DormantCases {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ServiceLevels serviceLevels;
  private final SlaEvents events;
  private final AgencyNotifications notifications;
  private final Clock clock;
  private final ServiceLevel dormantAfter;

  public DormantCases(RuntimeService runtimeService, HistoryService historyService,
                      ServiceLevels serviceLevels, SlaEvents events,
                      AgencyNotifications notifications, Clock clock,
                      @Value("${prasan.sla.dormant-after:10 working days}") String dormantAfter) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.serviceLevels = serviceLevels;
    this.events = events;
    this.notifications = notifications;
    this.clock = clock;
    this.dormantAfter = ServiceLevel.valueOf(dormantAfter);
  }

  @Scheduled(fixedDelayString = "${prasan.sla.dormant-check:PT1H}",
      initialDelayString = "${prasan.sla.dormant-check:PT1H}")
  public void check() {
    alert(clock.instant());
  }

  /** Alerts the supervisors of every dormant open case; answers the cases alerted now. */
  public List<String> alert(Instant now) {
    List<String> alerted = new ArrayList<>();
    for (ProcessInstance jointCase : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(JointCaseProcess.PROCESS_KEY).active().list()) {
      String caseId = jointCase.getBusinessKey();
      Object lead = runtimeService.getVariable(jointCase.getId(),
          JointCaseProcess.VAR_LEAD_AGENCY);
      if (caseId == null || lead == null) {
        continue;
      }
      Instant quietSince = lastActivity(caseId, jointCase.getId());
      if (serviceLevels.after(quietSince, dormantAfter).isAfter(now)
          || alertedSince(caseId, quietSince)) {
        continue;
      }
      String supervisors = lead + "-sup";
      notifications.tell(caseId, supervisors,
          Bilingual.of("คดี " + caseId + " ไม่มีความเคลื่อนไหว", "Case " + caseId + " is dormant"),
          Bilingual.of("ไม่มีงานของคดี " + caseId + " เสร็จสิ้นเลยตั้งแต่ "
                  + BangkokTime.th(quietSince) + " (" + dormantAfter
                  + " ขึ้นไป) โปรดตรวจสอบว่าคดีรอสิ่งใดอยู่",
              "No task of case " + caseId + " was completed since " + quietSince + " ("
                  + dormantAfter + " or more). Check what it waits for."));
      events.record(SlaEvent.of(caseId, SlaEvent.Kind.DORMANT, now).agency(lead.toString())
          .told(supervisors).detail("No task completed since " + quietSince).build());
      alerted.add(caseId);
    }
    return alerted;
  }

  private Instant lastActivity(String caseId, String processInstanceId) {
    List<HistoricTaskInstance> last = historyService.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(caseId).finished()
        .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
    if (!last.isEmpty()) {
      return last.get(0).getEndTime().toInstant();
    }
    return historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult().getStartTime().toInstant();
  }

  private boolean alertedSince(String caseId, Instant quietSince) {
    return events.ofCase(caseId).stream().anyMatch(event ->
        event.kind() == SlaEvent.Kind.DORMANT && !event.occurredAt().isBefore(quietSince));
  }
}
