package org.prasan.deconfliction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.prasan.system.EngineAccess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the open cases that share an identifier with a case and starts one overlap review per
 * pair. Runs after the identifiers are committed: two tips with the same phone arriving together
 * each see the other once both are stored, and the unique pair key lets only one start a review.
 */
@Service
public class OverlapDetector {

  private final IdentifierIndex index;
  private final OverlapRepository overlaps;
  private final ResponsibleAgency responsible;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;
  private final EngineAccess engine;

  public OverlapDetector(IdentifierIndex index, OverlapRepository overlaps,
                         ResponsibleAgency responsible, RuntimeService runtimeService,
                         TransactionTemplate transaction, EngineAccess engine) {
    this.index = index;
    this.overlaps = overlaps;
    this.responsible = responsible;
    this.runtimeService = runtimeService;
    this.transaction = transaction;
    this.engine = engine;
  }

  /** The open cases overlapping the case, each with a review started (or already there). */
  public List<String> detect(String caseId) {
    Map<String, List<String>> matchedByCase = new LinkedHashMap<>();
    for (IdentifierIndex.Match match : index.matchesOf(caseId)) {
      matchedByCase.computeIfAbsent(match.caseId(), other -> new ArrayList<>())
          .add(match.describe());
    }
    matchedByCase.forEach((other, matched) -> ensureReview(caseId, other, matched));
    return List.copyOf(matchedByCase.keySet());
  }

  private void ensureReview(String caseId, String otherCaseId, List<String> matched) {
    if (overlaps.pairKnown(caseId, otherCaseId)) {
      return;
    }
    try {
      transaction.executeWithoutResult(status -> startReview(caseId, otherCaseId, matched));
    } catch (DuplicateKeyException reviewStartedByAnotherRequest) {
      // The other case's request saw the overlap at the same moment and started the review.
    }
  }

  private void startReview(String caseId, String otherCaseId, List<String> matched) {
    String matchedText = matched.stream().collect(Collectors.joining(", "));
    long overlapId = overlaps.insert(caseId, otherCaseId, matchedText);
    Map<String, Object> variables = new HashMap<>();
    variables.put(OverlapReviewProcess.VAR_CASE_ID, caseId);
    variables.put(OverlapReviewProcess.VAR_OTHER_CASE_ID, otherCaseId);
    variables.put(OverlapReviewProcess.VAR_OVERLAP_ID, overlapId);
    variables.put(OverlapReviewProcess.VAR_MATCHED_IDENTIFIERS, matchedText);
    variables.put(OverlapReviewProcess.VAR_LEAD_AGENCY, responsible.of(caseId));
    variables.put(OverlapReviewProcess.VAR_OTHER_LEAD_AGENCY, responsible.of(otherCaseId));
    String processInstanceId = engine.asSystem(() -> runtimeService.startProcessInstanceByKey(
        OverlapReviewProcess.PROCESS_KEY, caseId, variables).getId());
    overlaps.attachProcessInstance(overlapId, processInstanceId);
  }
}
