package org.prasan.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of every process, decision and form: what new cases use, what an
 * upload is compared with, and what it may call or refer to.
 */
@Component
class DeployedModels {

  private final ProcessEngine engine;
  private final RepositoryService repository;

  DeployedModels(ProcessEngine engine) {
    this.engine = engine;
    this.repository = engine.getRepositoryService();
  }

  List<DeployedModel> latest() {
    List<DeployedModel> models = new ArrayList<>();
    for (ProcessDefinition process : repository.createProcessDefinitionQuery().latestVersion().list()) {
      models.add(load(ModelKind.PROCESS, process.getKey(), process.getVersion(),
          process.getDeploymentId(), process.getResourceName()));
    }
    for (DecisionDefinition decision : repository.createDecisionDefinitionQuery().latestVersion().list()) {
      models.add(load(ModelKind.DECISION, decision.getKey(), decision.getVersion(),
          decision.getDeploymentId(), decision.getResourceName()));
    }
    for (CamundaFormDefinitionEntity form : latestForms().values()) {
      models.add(load(ModelKind.FORM, form.getKey(), form.getVersion(), form.getDeploymentId(),
          form.getResourceName()));
    }
    return models;
  }

  /** Every deployed form definition, every version (the engine has no public query for them). */
  List<CamundaFormDefinitionEntity> allForms() {
    List<String> deployments = repository.createDeploymentQuery().list().stream()
        .map(Deployment::getId).toList();
    return commandExecutor().execute(context -> {
      List<CamundaFormDefinitionEntity> forms = new ArrayList<>();
      for (String deploymentId : deployments) {
        forms.addAll(context.getCamundaFormDefinitionManager()
            .findDefinitionsByDeploymentId(deploymentId));
      }
      return forms;
    });
  }

  /** One deployed version's resource, as {@link #latest()} gives the newest. */
  DeployedModel version(ModelKind kind, String key, int version) {
    return switch (kind) {
      case PROCESS -> {
        ProcessDefinition process = repository.createProcessDefinitionQuery()
            .processDefinitionKey(key).processDefinitionVersion(version).withoutTenantId()
            .singleResult();
        yield process == null ? null : load(kind, key, version, process.getDeploymentId(),
            process.getResourceName());
      }
      case DECISION -> {
        DecisionDefinition decision = repository.createDecisionDefinitionQuery()
            .decisionDefinitionKey(key).decisionDefinitionVersion(version).withoutTenantId()
            .singleResult();
        yield decision == null ? null : load(kind, key, version, decision.getDeploymentId(),
            decision.getResourceName());
      }
      case FORM -> allForms().stream()
          .filter(form -> form.getKey().equals(key) && form.getVersion() == version)
          .findFirst()
          .map(form -> load(kind, key, version, form.getDeploymentId(), form.getResourceName()))
          .orElse(null);
    };
  }

  /** The form definitions of a deployment, by key (the engine has no public query for them). */
  List<CamundaFormDefinitionEntity> formsOf(String deploymentId) {
    return commandExecutor().execute(context ->
        context.getCamundaFormDefinitionManager().findDefinitionsByDeploymentId(deploymentId));
  }

  private Map<String, CamundaFormDefinitionEntity> latestForms() {
    List<String> deployments = repository.createDeploymentQuery().list().stream()
        .map(Deployment::getId).toList();
    return commandExecutor().execute(context -> {
      Map<String, CamundaFormDefinitionEntity> latest = new LinkedHashMap<>();
      for (String deploymentId : deployments) {
        for (CamundaFormDefinitionEntity form : context.getCamundaFormDefinitionManager()
            .findDefinitionsByDeploymentId(deploymentId)) {
          latest.merge(form.getKey(), form,
              (known, other) -> other.getVersion() > known.getVersion() ? other : known);
        }
      }
      return latest;
    });
  }

  private DeployedModel load(ModelKind kind, String key, int version, String deploymentId,
                             String resourceName) {
    try (InputStream content = repository.getResourceAsStream(deploymentId, resourceName)) {
      return new DeployedModel(kind, key, version, deploymentId, resourceName,
          content.readAllBytes());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private org.camunda.bpm.engine.impl.interceptor.CommandExecutor commandExecutor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }
}
