package org.prasan.intake;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository.NewCase;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.deconfliction.IdentifierIndex;
import org.prasan.deconfliction.OverlapDetector;
import org.prasan.deconfliction.TipIdentifier;
import org.prasan.system.EngineAccess;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a tip into a case: a {@code case_file} row, its identifiers and a {@code joint-case}
 * process instance, in one transaction, so a failure leaves nothing behind. A tip already
 * received (same source and external reference) answers with the case it became. Once the case
 * is committed, its identifiers are matched against every other open case's.
 */
@Service
public class IntakeService {

  private final CaseFileRepository cases;
  private final IdentifierIndex identifiers;
  private final CaseIds caseIds;
  private final RuntimeService runtimeService;
  private final IntakeProperties properties;
  private final TransactionTemplate transaction;
  private final OverlapDetector overlaps;
  private final EngineAccess engine;

  public IntakeService(CaseFileRepository cases, IdentifierIndex identifiers,
                       CaseIds caseIds, RuntimeService runtimeService,
                       IntakeProperties properties, TransactionTemplate transaction,
                       OverlapDetector overlaps,
                       EngineAccess engine) {
    this.cases = cases;
    this.identifiers = identifiers;
    this.caseIds = caseIds;
    this.runtimeService = runtimeService;
    this.properties = properties;
    this.transaction = transaction;
    this.overlaps = overlaps;
    this.engine = engine;
  }

  public TipAccepted receive(TipRequest tip, String officer) {
    TipAccepted accepted = openOrFind(tip, officer);
    // After the commit, so two tips naming the same phone at the same moment see each other.
    List<String> overlapsWith = overlaps.detect(accepted.caseId());
    return new TipAccepted(accepted.caseId(), accepted.processInstanceId(), accepted.created(),
        overlapsWith);
  }

  private TipAccepted openOrFind(TipRequest tip, String officer) {
    Optional<TipAccepted> known = findKnownTip(tip);
    if (known.isPresent()) {
      return known.get();
    }
    try {
      return transaction.execute(status -> open(tip, officer));
    } catch (DataIntegrityViolationException concurrentDuplicate) {
      // The same tip committed first in another request: answer with its case.
      return findKnownTip(tip).orElseThrow(() -> concurrentDuplicate);
    }
  }

  private Optional<TipAccepted> findKnownTip(TipRequest tip) {
    if (tip.externalRef() == null || tip.externalRef().isBlank()) {
      return Optional.empty();
    }
    return cases.findByTip(tip.source().name(), tip.externalRef())
        .map(IntakeService::accepted);
  }

  private static TipAccepted accepted(CaseFile file) {
    return new TipAccepted(file.caseId(), file.processInstanceId(), false, List.of());
  }

  private TipAccepted open(TipRequest tip, String officer) {
    String caseId = caseIds.next();
    String province = Province.fromName(tip.province()).orElseThrow().englishName();
    cases.insert(new NewCase(caseId, tip.source().name(), blankToNull(tip.externalRef()),
        tip.receivedAt(), province, properties.triageAgencyFor(tip.source()), officer));
    for (TipIdentifier identifier : tip.identifiersOrEmpty()) {
      identifiers.add(caseId, identifier.type(), identifier.value(), officer);
    }
    // Any authenticated officer may post a tip; no officer may start joint-case directly.
    String processInstanceId = engine.asSystem(() -> runtimeService
        .startProcessInstanceByKey(JointCaseProcess.PROCESS_KEY, caseId,
            variables(tip, caseId, province))
        .getId());
    cases.attachProcessInstance(caseId, processInstanceId);
    return new TipAccepted(caseId, processInstanceId, true, List.of());
  }

  private Map<String, Object> variables(TipRequest tip, String caseId, String province) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(JointCaseProcess.VAR_CASE_ID, caseId);
    variables.put(JointCaseProcess.VAR_TIP_SOURCE, tip.source().name());
    variables.put(JointCaseProcess.VAR_EXTERNAL_REF, blankToNull(tip.externalRef()));
    variables.put(JointCaseProcess.VAR_RECEIVED_AT, Date.from(tip.receivedAt()));
    variables.put(JointCaseProcess.VAR_PROVINCE, province);
    variables.put(JointCaseProcess.VAR_TIP_SUMMARY, tip.summary());
    variables.put(JointCaseProcess.VAR_TRIAGE_AGENCY, properties.triageAgencyFor(tip.source()));
    for (Indicator indicator : Indicator.values()) {
      variables.put(indicator.variableName(), tip.indicatorsOrEmpty().contains(indicator));
    }
    return variables;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
