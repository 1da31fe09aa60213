package org.prasan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A plain Camunda engine (no Spring, no plugins, no parse listeners, no authorizations) on
 * in-memory H2 with FULL history, and our models with everything of ours taken out: listeners
 * that call our beans removed (those that only set a variable on the execution stay: they are
 * the model's own bookkeeping), delegates replaced by a no-op expression that sets, as output
 * parameters, what the delegate sets and the model reads ({@link #DELEGATE_OUTPUTS}), message
 * throws correlating through the engine's API as our delegate does (so the case's other
 * processes and event subprocesses start as in Prasan), and the expressions that call our
 * beans (service levels as due dates, legal clocks as timer dates) replaced by constants. What
 * remains is the BPMN the engine runs for us: call activities, gateways, the DMN, forms,
 * variables, message correlations, timers and history.
 */
final class BareEngine {

  private static final String CAMUNDA = BpmnModelConstants.CAMUNDA_NS;
  private static final String FAR_FUTURE = "2099-12-31T00:00:00";

  /**
   * By delegate bean: the variables it sets that a gateway or timer of the models reads, as
   * expressions of what it would set for the bench's cases (tips that name a child victim;
   * {@code application.yaml}'s asset trace fallback). Without them a gateway's condition
   * evaluates to null ({@code childInterviewPending} after a call activity's in-mapping of a
   * variable never set) or a timer has no duration.
   */
  static final Map<String, Map<String, String>> DELEGATE_OUTPUTS = Map.of(
      // AssessChildSignsDelegate: required (a child sign) and pending until s.133 bis questioning
      "assessChildSignsDelegate", Map.of(
          "childInterviewRequired", "${true}",
          "childInterviewPending", "${execution.getVariable('childInterviewedAt') == null}"),
      // OpenAssetTraceDelegate: AMLO's system's time before the trace becomes a user task
      "openAssetTraceDelegate", Map.of("checkFallbackAfter", "PT2H"),
      // CountAppealDelegate: appeals so far and the court of the next one
      "countAppealDelegate", Map.of(
          "appealCount", "${execution.getVariable('appealCount') == null ? 1"
              + " : execution.getVariable('appealCount') + 1}",
          "courtLevel", "${execution.getVariable('appealCount') == null ? 'COURT_OF_APPEAL'"
              + " : 'SUPREME_COURT'}"),
      // RecordScreeningOutcomeDelegate: the immigration hold ends with the screening
      "recordScreeningOutcomeDelegate", Map.of("holdApplies", "${false}"));

  private BareEngine() {
  }

  static ProcessEngine start() throws IOException {
    return deploy(ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("bare")
        .setJdbcUrl("jdbc:h2:mem:bare-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .buildProcessEngine());
  }

  /**
   * The same on a MariaDB database, with the pool of Prasan's {@code mariadb} profile
   * (application.yaml: 12 connections, read committed, autocommit off, the same driver
   * properties).
   */
  static ProcessEngine startOn(BenchDatabase database) throws IOException {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(database.url());
    pool.setUsername("root");
    pool.setPassword("");
    pool.setMaximumPoolSize(12);
    pool.setMinimumIdle(12);
    pool.setAutoCommit(false);
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    pool.addDataSourceProperty("useMysqlMetadata", "true");
    pool.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
    pool.addDataSourceProperty("useServerPrepStmts", "true");
    return deploy(ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("bare-mariadb")
        .setDataSource(pool)
        .setDatabaseType("mysql")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .buildProcessEngine());
  }

  private static ProcessEngine deploy(ProcessEngine engine) throws IOException {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name("bare-prasan");
    for (Path bpmn : files("processes", ".bpmn")) {
      deployment.addModelInstance(bpmn.getFileName().toString(), strip(Bpmn.readModelFromFile(
          bpmn.toFile())));
    }
    for (Path other : concat(files("processes", ".dmn"), files("forms", ".form"))) {
      deployment.addString(other.getFileName().toString(), Files.readString(other));
    }
    deployment.deploy();
    return engine;
  }

  static BpmnModelInstance strip(BpmnModelInstance model) {
    for (ModelElementInstance listener : concat(
        model.getModelElementsByType(CamundaExecutionListener.class),
        model.getModelElementsByType(CamundaTaskListener.class))) {
      String expression = listener.getAttributeValueNs(CAMUNDA, "expression");
      if (expression == null || !expression.startsWith("${execution.")) {
        listener.getParentElement().removeChildElement(listener);
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String delegate = task.getCamundaDelegateExpression();
      if (delegate != null) {
        task.removeAttributeNs(CAMUNDA, "delegateExpression");
        task.setCamundaExpression("${true}");
        setOutputs(model, task, DELEGATE_OUTPUTS.getOrDefault(
            delegate.substring(2, delegate.length() - 1), Map.of()));
      }
    }
    for (MessageEventDefinition message : model.getModelElementsByType(
        MessageEventDefinition.class)) {
      if (message.getAttributeValueNs(CAMUNDA, "delegateExpression") != null) {
        message.removeAttributeNs(CAMUNDA, "delegateExpression");
        message.setAttributeValueNs(CAMUNDA, "expression", correlation(message));
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaDueDate() != null && task.getCamundaDueDate().contains("sla.")) {
        task.removeAttributeNs(CAMUNDA, "dueDate");
      }
    }
    for (TimeDate date : model.getModelElementsByType(TimeDate.class)) {
      if (date.getTextContent().contains("legalClocks.")) {
        date.setTextContent(FAR_FUTURE);
      }
    }
    return model;
  }

  /**
   * What SendCaseMessageDelegate does, in the engine's API only: the message to every process
   * of the case (business key) that waits for it, with the throw's local variables.
   */
  private static String correlation(MessageEventDefinition message) {
    return "${execution.processEngineServices.runtimeService.createMessageCorrelation('"
        + message.getMessage().getName() + "').processInstanceBusinessKey("
        + "execution.processBusinessKey).setVariables(execution.variablesLocal)"
        + ".correlateAllWithResult()}";
  }

  private static void setOutputs(BpmnModelInstance model, ServiceTask task,
                                 Map<String, String> outputs) {
    if (outputs.isEmpty()) {
      return;
    }
    ExtensionElements extensions = task.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      task.setExtensionElements(extensions);
    }
    CamundaInputOutput io = extensions.getElementsQuery()
        .filterByType(CamundaInputOutput.class).list().stream().findFirst().orElse(null);
    if (io == null) {
      io = extensions.addExtensionElement(CamundaInputOutput.class);
    }
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      CamundaOutputParameter parameter = model.newInstance(CamundaOutputParameter.class);
      parameter.setCamundaName(output.getKey());
      parameter.setTextContent(output.getValue());
      io.getCamundaOutputParameters().add(parameter);
    }
  }

  private static List<Path> files(String directory, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(directory))) {
      return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static <T> List<T> concat(java.util.Collection<? extends T> first,
                                    java.util.Collection<? extends T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
