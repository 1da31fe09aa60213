package org.prasan.evidence;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Verifies every exhibit of the case before charging: the chain of custody and the file. The
 * outcome is data for the model ({@code evidenceIntact}, {@code brokenExhibits}), so a
 * gateway can send a broken chain to the prosecutor rather than failing the process.
 */
@Component
public class VerifyEvidenceDelegate implements JavaDelegate {

  private final EvidenceRegistry registry;

  public VerifyEvidenceDelegate(EvidenceRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Verification> results = registry.verifyCase(execution.getProcessBusinessKey());
    String broken = results.stream().filter(result -> !result.intact())
        .map(Verification::exhibitId).collect(Collectors.joining(","));
    execution.setVariable(DigitalEvidenceProcess.VAR_EVIDENCE_INTACT, broken.isEmpty());
    execution.setVariable(DigitalEvidenceProcess.VAR_BROKEN_EXHIBITS, broken);
    execution.setVariable(DigitalEvidenceProcess.VAR_EXHIBIT_COUNT, results.size());
  }
}
