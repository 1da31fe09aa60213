package org.prasan.modellint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Lints the models the engine is about to auto-deploy ({@code camunda.bpm.deployment-resource-
 * pattern}) while the engine is being configured, before anything is deployed. Every finding
 * goes to the log; an error stops start-up, so a broken model never reaches a running case.
 */
@Component
@ConditionalOnProperty(name = "prasan.lint.startup-guard", havingValue = "true", matchIfMissing = true)
public class StartupModelGuard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(StartupModelGuard.class);

  private final ModelLinterFactory linters;
  private final CamundaBpmProperties camunda;
  private final ResourcePatternResolver resources;

  public StartupModelGuard(ModelLinterFactory linters, CamundaBpmProperties camunda,
                           ResourcePatternResolver resources) {
    this.linters = linters;
    this.camunda = camunda;
    this.resources = resources;
  }

  /** The lint running beside the engine's own configuration, until {@link #postInit}. */
  private CompletableFuture<LintReport> running;

  /**
   * Starts the lint on a thread of its own: the engine's configuration (MyBatis's mappings,
   * about a fifth of start-up's CPU) goes on meanwhile on the main thread, and the lint (about
   * a tenth: reading every model with the BPMN schema) on the other core. Nothing is created
   * or deployed before {@link #postInit} has its verdict.
   */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (camunda.isAutoDeploymentEnabled()) {
      List<String> patterns = List.of(camunda.getDeploymentResourcePattern());
      running = new CompletableFuture<>();
      Thread lint = new Thread(() -> {
        try {
          running.complete(check(patterns));
        } catch (Throwable failure) {
          running.completeExceptionally(failure);
        }
      }, "model-lint");
      lint.setDaemon(true);
      lint.start();
    }
  }

  /** The lint's verdict, before the engine creates its schema or deploys anything. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (running == null) {
      return;
    }
    try {
      running.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      throw failed;
    } finally {
      running = null;
    }
  }

  /** Lints what the patterns resolve to; throws {@link ModelsRefusedException} on an error. */
  public LintReport check(List<String> patterns) {
    List<ModelSource> sources = resolve(patterns);
    LintReport report = linters.linter().lint(sources);
    report.warnings().forEach(finding -> LOG.warn("Model lint: {}", finding.format()));
    report.errors().forEach(finding -> LOG.error("Model lint: {}", finding.format()));
    if (report.hasErrors()) {
      LOG.error("Model lint: {}; nothing is deployed. Fix the models, run "
          + "'java -jar prasan.jar lint processes forms', then start again.", report.summary());
      throw new ModelsRefusedException(report);
    }
    LOG.info("Model lint: {}", report.summary());
    return report;
  }

  private List<ModelSource> resolve(List<String> patterns) {
    Map<String, ModelSource> sources = new LinkedHashMap<>();
    try {
      for (String pattern : patterns) {
        for (Resource resource : resources.getResources(pattern)) {
          if (resource.isReadable() && resource.getFilename() != null) {
            String name = nameOf(resource);
            try (InputStream in = resource.getInputStream()) {
              sources.putIfAbsent(name, new ModelSource(name, in.readAllBytes()));
            }
          }
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return new ArrayList<>(sources.values());
  }

  /** {@code processes/charging.bpmn}: the folder and file name, as in the source tree. */
  static String nameOf(Resource resource) throws IOException {
    String path = resource.getURL().getPath();
    int file = path.lastIndexOf('/');
    int folder = file > 0 ? path.lastIndexOf('/', file - 1) : -1;
    return folder < 0 ? resource.getFilename() : path.substring(folder + 1);
  }
}
