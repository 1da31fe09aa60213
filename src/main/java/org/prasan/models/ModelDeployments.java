package org.prasan.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.prasan.agency.CurrentActor;
import org.prasan.modellint.Finding;
import org.prasan.modellint.LintReport;
import org.prasan.modellint.ModelLinter;
import org.prasan.modellint.ModelLinterFactory;
import org.prasan.modellint.ModelSource;
import org.prasan.modellint.ModelsRefusedException;
import org.prasan.modellint.Severity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Deploys a coordinator's changed models: lints them against what is deployed, refuses them
 * all on any error, and deploys only what changed (with the forms and processes bound to it).
 */
@Service
public class ModelDeployments {

  static final String DEPLOYMENT_NAME = "prasan-models";
  static final String DEPLOYMENT_SOURCE = "prasan-models-api";
  /** Between the deployment's name and the user who made it: "prasan-models by coordinator". */
  static final String BY = " by ";

  private final ModelLinterFactory linters;
  private final DeployedModels deployedModels;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final CaseMigrations migrations;

  public ModelDeployments(ModelLinterFactory linters, DeployedModels deployedModels,
                          RepositoryService repository, RuntimeService runtime,
                          CaseMigrations migrations) {
    this.linters = linters;
    this.deployedModels = deployedModels;
    this.repository = repository;
    this.runtime = runtime;
    this.migrations = migrations;
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
      return new DeploymentResult(null, List.of(), plan.unchanged(), report.warnings(), List.of());
    }
    DeploymentWithDefinitions deployment = deploy(plan);
    List<DeploymentResult.DeployedDefinition> definitions = definitions(deployment, plan);
    return new DeploymentResult(deployment.getId(), definitions, plan.unchanged(),
        report.warnings(), carryFormFixes(plan, latest, definitions));
  }

  /**
   * Forms bound by {@code deployment} resolve against the deployment of the case's process
   * version, so a corrected form reaches only cases started after it, unless the cases move to
   * the new version. A process that is in the deployment only because a form it uses changed
   * is the same process: when the forms changed in their words only (labels, texts; no field,
   * key, choice value or validation), its running cases of the previous version are moved to
   * the new one at once, and their open tasks show the corrected form. When a form's fields
   * changed, the cases stay: the coordinator migrates them after a dry run.
   */
  private List<DeploymentResult.CarriedCases> carryFormFixes(DeploymentPlan plan,
      List<DeployedModel> before, List<DeploymentResult.DeployedDefinition> deployed) {
    Map<String, DeployedModel> previous = before.stream().collect(Collectors.toMap(
        model -> model.kind() + ":" + model.key(), model -> model, (a, b) -> a));
    boolean wordsOnly = true;
    for (DeploymentPlan.Planned planned : plan.planned()) {
      if (planned.source().isForm()) {
        DeployedModel form = previous.get(ModelKind.FORM + ":" + FormTextChange.idOf(
            planned.source().content()));
        if (form != null && !java.util.Arrays.equals(form.content(), planned.source().content())) {
          wordsOnly &= FormTextChange.wordsOnly(form.content(), planned.source().content());
        }
      }
    }
    List<DeploymentResult.CarriedCases> carried = new ArrayList<>();
    for (DeploymentResult.DeployedDefinition definition : deployed) {
      DeployedModel was = previous.get(ModelKind.PROCESS + ":" + definition.key());
      if (definition.kind() != ModelKind.PROCESS || was == null || definition.reason() == null
          || !definition.reason().startsWith(DeploymentPlan.USES_CHANGED_FORM)) {
        continue;
      }
      var wasDefinition = repository.createProcessDefinitionQuery()
          .processDefinitionKey(definition.key()).processDefinitionVersion(was.version())
          .withoutTenantId().singleResult();
      long running = wasDefinition == null ? 0 : runtime.createProcessInstanceQuery()
          .processDefinitionId(wasDefinition.getId()).count();
      if (running == 0) {
        continue;
      }
      if (!wordsOnly) {
        carried.add(new DeploymentResult.CarriedCases(definition.key(), was.version(),
            definition.version(), 0, (int) running, "A form's fields changed, not only its "
                + "words: the running cases stay on version " + was.version()
                + " until you move them after a dry run."));
        continue;
      }
      MigrationReport moved = migrations.migrate(new MigrationRequest(definition.key(),
          was.version(), definition.version(), false));
      carried.add(new DeploymentResult.CarriedCases(definition.key(), was.version(),
          definition.version(), moved.migrate(), moved.stay(), moved.stay() == 0
              ? "Only the words of a form changed: the running cases now show the new form."
              : "Only the words of a form changed; the cases that stayed are listed by a dry run."));
    }
    return carried;
  }

  private DeploymentWithDefinitions deploy(DeploymentPlan plan) {
    DeploymentBuilder builder = repository.createDeployment()
        .name(DEPLOYMENT_NAME + BY + deployer()).source(DEPLOYMENT_SOURCE);
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

  /**
   * Who deploys: the signed-in coordinator. The deployment runs without the caller's engine
   * authentication (they hold no deployment grant), so the engine would record nobody; the
   * deployment's name says who (issue 15: every deployment records who made it).
   */
  private static String deployer() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return caller == null || caller.getName() == null ? CurrentActor.SYSTEM : caller.getName();
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
