package org.prasan.deconfliction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.prasan.system.EngineAccess;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the open cases that share an identifier with a case and starts one overlap review for
 * all of them that no review covers yet (issue 20: a phone number on 1,000 cases is one review
 * for the coordinator, not 1,000). Each pair still gets its own {@code case_overlap} row, so
 * each case's page lists its overlaps, and the unique pair key keeps a pair from being reviewed
 * twice. Runs after the identifiers are committed: two tips with the same phone arriving
 * together each see the other once both are stored.
 */
@Service
public class OverlapDetector {

  /** Tips naming one identifier at the same instant each retry until their pairs are known. */
  static final int MAX_ATTEMPTS = 20;

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
    for (int attempt = 1; !matchedByCase.isEmpty(); attempt++) {
      try {
        transaction.executeWithoutResult(status -> startReview(caseId, matchedByCase));
        break;
      } catch (DuplicateKeyException | ConcurrencyFailureException pairStartedElsewhere) {
        // Another request saw some of the pairs at the same moment and started their review
        // (or the two batches deadlocked): again, leaving out the pairs now known.
        if (attempt == MAX_ATTEMPTS) {
          throw pairStartedElsewhere;
        }
      }
    }
    return List.copyOf(matchedByCase.keySet());
  }

  private void startReview(String caseId, Map<String, List<String>> matchedByCase) {
    Set<String> known = overlaps.knownOthers(caseId);
    Map<String, String> unreviewed = new LinkedHashMap<>();
    Set<String> identifiers = new LinkedHashSet<>();
    matchedByCase.forEach((other, matched) -> {
      if (!known.contains(other)) {
        unreviewed.put(other, String.join(", ", matched));
        identifiers.addAll(matched);
      }
    });
    if (unreviewed.isEmpty()) {
      return;
    }
    // The first pair's row, then the process (its overlapId), then the other rows with the
    // process instance: each row written once, whatever the number of cases.
    Map<String, String> rest = new LinkedHashMap<>(unreviewed);
    String firstOther = rest.keySet().iterator().next();
    long firstOverlapId = overlaps.insertFirstOfReview(caseId, firstOther,
        rest.remove(firstOther));
    String matchedText = String.join(", ", identifiers);
    if (unreviewed.size() > 1) {
      matchedText += " (" + unreviewed.size() + " cases)";
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(OverlapReviewProcess.VAR_CASE_ID, caseId);
    variables.put(OverlapReviewProcess.VAR_OTHER_CASE_ID, firstOther);
    variables.put(OverlapReviewProcess.VAR_OTHER_CASE_COUNT, unreviewed.size());
    variables.put(OverlapReviewProcess.VAR_OVERLAP_ID, firstOverlapId);
    variables.put(OverlapReviewProcess.VAR_MATCHED_IDENTIFIERS, matchedText);
    variables.put(OverlapReviewProcess.VAR_LEAD_AGENCY, responsible.of(caseId));
    variables.put(OverlapReviewProcess.VAR_OTHER_LEAD_AGENCY, responsible.of(firstOther));
    String processInstanceId = engine.asSystem(() -> runtimeService.startProcessInstanceByKey(
        OverlapReviewProcess.PROCESS_KEY, caseId, variables).getId());
    overlaps.insertRestOfReview(firstOverlapId, caseId, rest, processInstanceId);
  }
}
