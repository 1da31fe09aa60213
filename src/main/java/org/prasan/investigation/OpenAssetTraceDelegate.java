package org.prasan.investigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gives AMLO's system its configured time for the asset trace: the boundary timer of
 * {@code ExternalTask_TraceAssets} reads {@code checkFallbackAfter}. Set here, just before the
 * trace, so cases started before the trace existed get it too.
 */
@Component
public class OpenAssetTraceDelegate implements JavaDelegate {

  private final InvestigationProperties properties;

  public OpenAssetTraceDelegate(InvestigationProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(InvestigationProcess.VAR_CHECK_FALLBACK_AFTER,
        properties.assetTraceFallbackAfter().toString());
  }
}
