package org.prasan.victim;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.prasan.agency.Actor;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
import org.prasan.system.EngineAccess;
import org.prasan.system.NotFoundException;
import org.prasan.system.NotPermittedException;
import org.springframework.stereotype.Service;

/**
 * Persons received into care open their screening at once, whatever stage the case's paperwork
 * is at (triage, lead decision): the case's process starts the s.29 clock from the reception
 * and calls {@code victim-identification} (joint-case, "Persons received into care"). A late
 * record without its reason, or a reception in the future, is refused and nothing is stored.
 */
@Service
public class Receptions {

  public static final String MESSAGE_PERSONS_RECEIVED_INTO_CARE =
      "Message_PersonsReceivedIntoCare";
  public static final String VAR_RECEIVING_AGENCY = "receivingAgency";

  private final CaseFileRepository cases;
  private final RuntimeService runtimeService;
  private final EngineAccess engine;

  public Receptions(CaseFileRepository cases, RuntimeService runtimeService,
                    EngineAccess engine) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  public void record(String caseId, ReceptionRequest reception, Actor caller) {
    if (!caller.speaksFor(reception.agency())) {
      throw new NotPermittedException(Bilingual.of(
          "ผู้ใช้ไม่ได้สังกัด " + reception.agency(),
          "the caller does not work for " + reception.agency()));
    }
    CaseFile file = cases.findById(caseId).orElseThrow(() -> new NotFoundException(
        Bilingual.of("ไม่พบคดี " + caseId, "No case " + caseId)));
    if (file.status() != CaseStatus.OPEN || file.processInstanceId() == null) {
      throw new ConflictException(Bilingual.of("คดี " + caseId + " ปิดแล้ว",
          "Case " + caseId + " is closed"));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VictimIdentificationProcess.VAR_RECEIVED_INTO_CARE_AT,
        reception.receivedIntoCareAt().toString());
    variables.put(VictimIdentificationProcess.VAR_POTENTIAL_VICTIM_COUNT, reception.persons());
    variables.put(VictimIdentificationProcess.VAR_LATE_RECORDING_REASON,
        reception.lateRecordingReason());
    variables.put(VAR_RECEIVING_AGENCY, reception.agency());
    engine.asSystem(() -> {
      runtimeService.createMessageCorrelation(MESSAGE_PERSONS_RECEIVED_INTO_CARE)
          .processInstanceId(file.processInstanceId())
          .setVariables(variables)
          .correlate();
    });
  }
}
