package org.prasan.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.LockedCase;
import org.prasan.notification.AgencyNotifications;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
import org.prasan.system.EngineAccess;
import org.prasan.system.NotFoundException;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DSI's requests to take a case as a special case, and what the Board's decision does: on
 * acceptance DSI leads, the previous lead supports, and the previous lead's open tasks are
 * handed to DSI (recorded), never dropped.
 */
@Service
public class SpecialCaseService {

  private final SpecialCaseRepository requests;
  private final CaseFileRepository caseLocks;
  private final LeadHandover handover;
  private final AgencyNotifications notifications;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;
  private final EngineAccess engine;

  public SpecialCaseService(SpecialCaseRepository requests, CaseFileRepository caseLocks,
                            LeadHandover handover, AgencyNotifications notifications,
                            RuntimeService runtimeService, TransactionTemplate transaction,
                            EngineAccess engine) {
    this.requests = requests;
    this.caseLocks = caseLocks;
    this.handover = handover;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.transaction = transaction;
    this.engine = engine;
  }

  /** The pending request of the case, new unless DSI had asked already. */
  public Requested request(String caseId, String grounds, String officer) {
    return transaction.execute(status -> {
      LockedCase locked = caseLocks.lock(caseId).orElseThrow(() ->
          new NotFoundException(Bilingual.of("ไม่พบคดี " + caseId, "No case " + caseId)));
      if (!locked.isOpen()) {
        throw new ConflictException(Bilingual.of("คดี " + caseId + " ปิดแล้ว",
            "Case " + caseId + " is closed"));
      }
      if (DsiSpecialCaseProcess.DSI.equals(locked.leadAgency())) {
        throw new ConflictException(Bilingual.of("DSI เป็นหน่วยงานหลักของคดี " + caseId + " อยู่แล้ว",
            "DSI already leads " + caseId));
      }
      var pending = requests.findPending(caseId);
      if (pending.isPresent()) {
        return new Requested(pending.get(), false);
      }
      long requestId = requests.insert(caseId, grounds, officer);
      String processInstanceId = engine.asSystem(() -> runtimeService.startProcessInstanceByKey(
          DsiSpecialCaseProcess.PROCESS_KEY, caseId, Map.of(
              DsiSpecialCaseProcess.VAR_CASE_ID, caseId,
              DsiSpecialCaseProcess.VAR_SPECIAL_CASE_REQUEST_ID, requestId,
              DsiSpecialCaseProcess.VAR_SPECIAL_CASE_GROUNDS, grounds,
              DsiSpecialCaseProcess.VAR_CURRENT_LEAD_AGENCY,
              locked.leadAgency() == null ? "" : locked.leadAgency()))
          .getId());
      requests.attachProcessInstance(requestId, processInstanceId);
      return new Requested(requests.find(requestId).orElseThrow(), true);
    });
  }

  /** The Board accepted: DSI leads from now on. Runs in the engine's transaction. */
  public void accept(long requestId, BoardVote vote, String boardResolutionRef) {
    SpecialCaseRequest request = pending(requestId);
    LockedCase locked = caseLocks.lock(request.caseId()).orElseThrow();
    String previousLead = locked.leadAgency();
    Set<String> supporting = new LinkedHashSet<>(locked.supportingAgencies());
    if (previousLead != null) {
      supporting.add(previousLead);
    }
    supporting.remove(DsiSpecialCaseProcess.DSI);
    handover.changeLead(request.caseId(), previousLead, DsiSpecialCaseProcess.DSI,
        List.copyOf(supporting), "Special case accepted by the Board (" + vote.votesFor()
            + " of " + vote.members() + " members), resolution " + boardResolutionRef);
    requests.decide(requestId, SpecialCaseRequest.ACCEPTED, previousLead, vote,
        boardResolutionRef);
    String counts = vote.votesFor() + " for, " + vote.votesAgainst() + " against, "
        + vote.votesAbstained() + " abstained of " + vote.members() + " members";
    String countsTh = "เห็นชอบ " + vote.votesFor() + " ไม่เห็นชอบ " + vote.votesAgainst()
        + " งดออกเสียง " + vote.votesAbstained() + " จากกรรมการ " + vote.members() + " คน";
    notifications.tell(request.caseId(), DsiSpecialCaseProcess.DSI,
        Bilingual.of("คดี " + request.caseId() + " ได้รับเป็นคดีพิเศษ",
            "Case " + request.caseId() + " accepted as a special case"),
        Bilingual.of("กรมสอบสวนคดีพิเศษ (DSI) เป็นหน่วยงานหลักของคดี " + request.caseId()
                + " ตามมติคณะกรรมการคดีพิเศษ " + boardResolutionRef + ": " + countsTh,
            "DSI leads case " + request.caseId() + ". Board resolution " + boardResolutionRef
                + ": " + counts + "."));
    for (String agency : supporting) {
      boolean handedOver = agency.equals(previousLead);
      notifications.tell(request.caseId(), agency,
          Bilingual.of("คดี " + request.caseId() + " โอนไปยังกรมสอบสวนคดีพิเศษ (DSI)",
              "Case " + request.caseId() + " transferred to DSI"),
          Bilingual.of("คณะกรรมการคดีพิเศษรับคดี " + request.caseId() + " เป็นคดีพิเศษ ("
                  + countsTh + ") DSI เป็นหน่วยงานหลัก หน่วยงานของท่านเป็นหน่วยงานสนับสนุน"
                  + (handedOver ? " และงานที่ค้างอยู่ของหน่วยงานท่านได้โอนให้ DSI แล้ว" : ""),
              "The Board of Special Cases accepted case " + request.caseId() + " (" + counts
                  + "). DSI leads; your agency supports"
                  + (handedOver ? " and your open tasks were handed to DSI." : ".")));
    }
  }

  /** The Board did not accept: nothing changes but the record, and DSI is told. */
  public void reject(long requestId, BoardVote vote, String boardResolutionRef) {
    SpecialCaseRequest request = pending(requestId);
    LockedCase locked = caseLocks.lock(request.caseId()).orElseThrow();
    requests.decide(requestId, SpecialCaseRequest.REJECTED, locked.leadAgency(), vote,
        boardResolutionRef);
    notifications.tell(request.caseId(), DsiSpecialCaseProcess.DSI,
        Bilingual.of("คดี " + request.caseId() + " ไม่ได้รับเป็นคดีพิเศษ",
            "Case " + request.caseId() + " not accepted as a special case"),
        Bilingual.of("มติคณะกรรมการคดีพิเศษ " + boardResolutionRef + ": กรรมการเห็นชอบ "
                + vote.votesFor() + " จาก " + vote.members() + " คน น้อยกว่าสองในสาม",
            "Board resolution " + boardResolutionRef + ": " + vote.votesFor() + " of "
                + vote.members() + " members voted for, less than two thirds."));
  }

  private SpecialCaseRequest pending(long requestId) {
    SpecialCaseRequest request = requests.find(requestId).orElseThrow(() ->
        new IllegalStateException("No special case request " + requestId));
    if (!SpecialCaseRequest.PENDING.equals(request.status())) {
      throw RuleViolationException.field(DsiSpecialCaseProcess.VAR_SPECIAL_CASE_REQUEST_ID,
          Bilingual.of("คำขอคดีพิเศษ " + requestId + " ได้รับการตัดสินแล้ว",
              "special case request " + requestId + " is decided already"));
    }
    return request;
  }

  /** A request as stored, and whether this call created it. */
  public record Requested(SpecialCaseRequest request, boolean created) {
  }
}
