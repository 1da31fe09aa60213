package org.prasan.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.prasan.modellint.Finding;
import org.prasan.modellint.LintReport;
import org.prasan.modellint.ModelLinter;
import org.prasan.modellint.ModelLinterFactory;
import org.prasan.modellint.ModelSource;
import org.prasan.modellint.ModelsRefusedException;
import org.prasan.modellint.Severity;
import org.springframework.stereotype.Service;

/**
 * Deploys a coordinator's changed models: lints them against what is deployed, refuses them
 * all on any error, and deploys only what changed (with the forms and processes bound to it).
 */
@Service
public class ModelDeployments {

  static final String DEPLOYMENT_NAME = "prasan-models";
  static final String DEPLOYMENT_SOURCE = "prasan-models-api";

  private final ModelLinterFactory linters;
  private final DeployedModels deployedModels;
  private final RepositoryService repository;

  public ModelDeployments(ModelLinterFactory linters, DeployedModels deployedModels,
                          RepositoryService repository) {
    this.linters = linters;
    this.deployedModels = deployedModels;
    this.repository = repository;
  }

  /**
   * @throws ModelsRefusedException when a file has a lint error; nothing is deployed then
   */
  public DeploymentResult deploy(List<ModelSource> uploads) {
    List<DeployedModel> latest = deployedModels.latest();
    List<ModelSource> latestSources = latest.stream().map(DeployedModel::source).distinct().toList();
    ModelLinter linter = linters.linter();
    LintReport report = linter.lint(uploads, latestSources);
    if (report.hasErrors()) {
      throw new ModelsRefusedException(report);
    }
    DeploymentPlan plan = new DeploymentPlan(linter.read(uploads), latest, linter.read(latestSources));
    if (plan.planned().isEmpty()) {
      return new DeploymentResult(null, List.of(), plan.unchanged(), report.warnings());
    }
    DeploymentWithDefinitions deployment = deploy(plan);
    return new DeploymentResult(deployment.getId(), definitions(deployment, plan),
        plan.unchanged(), report.warnings());
  }

  private DeploymentWithDefinitions deploy(DeploymentPlan plan) {
    DeploymentBuilder builder = repository.createDeployment()
        .name(DEPLOYMENT_NAME).source(DEPLOYMENT_SOURCE);
    for (DeploymentPlan.Planned planned : plan.planned()) {
      builder.addInputStream(planned.source().name(),
          new ByteArrayInputStream(planned.source().content()));
    }
    try {
      return builder.deployWithResult();
    } catch (ParseException refused) {
      throw new ModelsRefusedException(new LintReport(
          plan.planned().stream().map(planned -> planned.source().name()).toList(),
          engineFindings(refused)));
    }
  }

  /** What the engine's own parser rejected although the lint let it pass. */
  private static List<Finding> engineFindings(ParseException refused) {
    List<Finding> findings = new ArrayList<>();
    refused.getResorceReports().forEach(resource -> resource.getErrors().forEach(problem ->
        findings.add(new Finding("ENGINE", "engine-parse", Severity.ERROR,
            resource.getResourceName(), problem.getMainElementId(), problem.getMessage(),
            "Correct the model in Camunda Modeler; the engine refuses it as it is."))));
    if (findings.isEmpty()) {
      findings.add(new Finding("ENGINE", "engine-parse", Severity.ERROR, "-", null,
          refused.getMessage(), "Correct the model in Camunda Modeler."));
    }
    return findings;
  }

  private List<DeploymentResult.DeployedDefinition> definitions(DeploymentWithDefinitions deployment,
                                                                 DeploymentPlan plan) {
    Map<String, String> reasons = plan.planned().stream().collect(Collectors.toMap(
        planned -> planned.source().name(), DeploymentPlan.Planned::reason));
    List<DeploymentResult.DeployedDefinition> definitions = new ArrayList<>();
    // The engine answers null, not an empty list, for a kind the deployment has none of.
    nullToEmpty(deployment.getDeployedProcessDefinitions()).forEach(definition ->
        definitions.add(definition(ModelKind.PROCESS, definition, reasons)));
    nullToEmpty(deployment.getDeployedDecisionDefinitions()).forEach(definition ->
        definitions.add(definition(ModelKind.DECISION, definition, reasons)));
    deployedModels.formsOf(deployment.getId()).forEach(definition ->
        definitions.add(definition(ModelKind.FORM, definition, reasons)));
    return definitions;
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static DeploymentResult.DeployedDefinition definition(ModelKind kind,
                                                                ResourceDefinition definition,
                                                                Map<String, String> reasons) {
    return new DeploymentResult.DeployedDefinition(kind, definition.getKey(),
        definition.getVersion(), definition.getId(), definition.getResourceName(),
        reasons.get(definition.getResourceName()));
  }
}
