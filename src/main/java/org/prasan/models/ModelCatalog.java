package org.prasan.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * What the workbench lists: every deployed process, decision and form with its versions, when
 * each was deployed and by which deployment, and how many cases run on each (for a form: the
 * cases whose process version was deployed with it, since forms resolve by deployment).
 */
@Service
public class ModelCatalog {

  private final RepositoryService repository;
  private final ManagementService management;
  private final DeployedModels deployedModels;

  public ModelCatalog(RepositoryService repository, ManagementService management,
                      DeployedModels deployedModels) {
    this.repository = repository;
    this.management = management;
    this.deployedModels = deployedModels;
  }

  /** One model and its versions, newest first. */
  public record Model(ModelKind kind, String key, String name, int latestVersion,
                      List<Version> versions) {
  }

  /** One deployed version; {@code runningCases} is null for decisions (they hold no case). */
  public record Version(int version, String deploymentId, Instant deployedAt, String source,
                        String resource, Long runningCases) {
  }

  public List<Model> models() {
    Map<String, Deployment> deployments = new HashMap<>();
    repository.createDeploymentQuery().list().forEach(d -> deployments.put(d.getId(), d));
    Map<String, Long> running = new HashMap<>();
    Map<String, Long> runningByDeployment = new HashMap<>();
    for (ProcessDefinitionStatistics statistics : management.createProcessDefinitionStatisticsQuery().list()) {
      running.put(statistics.getId(), (long) statistics.getInstances());
      runningByDeployment.merge(statistics.getDeploymentId(), (long) statistics.getInstances(),
          Long::sum);
    }
    List<Model> models = new ArrayList<>();
    Map<String, List<ProcessDefinition>> processes = new LinkedHashMap<>();
    repository.createProcessDefinitionQuery().withoutTenantId().orderByProcessDefinitionKey().asc()
        .list().forEach(p -> processes.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p));
    processes.forEach((key, versions) -> {
      versions.sort(Comparator.comparingInt(ProcessDefinition::getVersion).reversed());
      models.add(new Model(ModelKind.PROCESS, key, versions.get(0).getName(),
          versions.get(0).getVersion(), versions.stream().map(p -> version(p.getVersion(),
              p.getDeploymentId(), p.getResourceName(), deployments,
              running.getOrDefault(p.getId(), 0L))).toList()));
    });
    Map<String, List<DecisionDefinition>> decisions = new LinkedHashMap<>();
    repository.createDecisionDefinitionQuery().withoutTenantId().orderByDecisionDefinitionKey()
        .asc().list()
        .forEach(d -> decisions.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d));
    decisions.forEach((key, versions) -> {
      versions.sort(Comparator.comparingInt(DecisionDefinition::getVersion).reversed());
      models.add(new Model(ModelKind.DECISION, key, versions.get(0).getName(),
          versions.get(0).getVersion(), versions.stream().map(d -> version(d.getVersion(),
              d.getDeploymentId(), d.getResourceName(), deployments, null)).toList()));
    });
    Map<String, List<CamundaFormDefinitionEntity>> forms = new java.util.TreeMap<>();
    deployedModels.allForms()
        .forEach(f -> forms.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(f));
    forms.forEach((key, versions) -> {
      versions.sort(Comparator.comparingInt(CamundaFormDefinitionEntity::getVersion).reversed());
      models.add(new Model(ModelKind.FORM, key, key, versions.get(0).getVersion(),
          versions.stream().map(f -> version(f.getVersion(), f.getDeploymentId(),
              f.getResourceName(), deployments,
              runningByDeployment.getOrDefault(f.getDeploymentId(), 0L))).toList()));
    });
    return models;
  }

  private static Version version(int version, String deploymentId, String resource,
                                 Map<String, Deployment> deployments, Long runningCases) {
    Deployment deployment = deployments.get(deploymentId);
    return new Version(version, deploymentId,
        deployment == null || deployment.getDeploymentTime() == null ? null
            : deployment.getDeploymentTime().toInstant(),
        deployment == null ? null : deployment.getSource(), DeployedModel.fileName(resource),
        runningCases);
  }
}
