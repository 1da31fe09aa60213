package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;

/**
 * Lints model files: reads each (ML00), then runs every {@link LintRule} on the files that
 * read. Pure: touches no engine and no database, so the CLI, the build test, the start-up
 * guard and the deploy API share it.
 */
public class ModelLinter {

  private final LintEnvironment environment;
  private final List<LintRule> rules;
  private final ModelReader reader = new ModelReader();

  public ModelLinter(LintEnvironment environment) {
    this(environment, LintRules.all());
  }

  public ModelLinter(LintEnvironment environment, List<LintRule> rules) {
    this.environment = environment;
    this.rules = List.copyOf(rules);
  }

  public LintReport lint(List<ModelSource> targets) {
    return lint(targets, List.of());
  }

  /**
   * Reports findings for {@code targets}; {@code context} are models already in place that
   * the targets may call or use (and that targets replace where ids are equal).
   */
  public LintReport lint(List<ModelSource> targets, List<ModelSource> context) {
    List<Finding> findings = new ArrayList<>();
    List<ModelFile> read = new ArrayList<>();
    for (ModelSource source : targets) {
      ModelReader.Result result = reader.read(source);
      if (result.isRead()) {
        read.add(result.file());
      } else {
        findings.add(result.finding());
      }
    }
    List<ModelFile> contextFiles = context.stream().map(reader::read)
        .filter(ModelReader.Result::isRead).map(ModelReader.Result::file).toList();
    LintContext lintContext = new LintContext(new ModelSet(read, contextFiles), environment);
    for (ModelFile file : read) {
      for (LintRule rule : rules) {
        findings.addAll(check(rule, file, lintContext));
      }
    }
    return new LintReport(targets.stream().map(ModelSource::name).toList(), findings);
  }

  /** The parsed models of sources that read, for callers that deploy what was linted. */
  public List<ModelFile> read(List<ModelSource> sources) {
    return sources.stream().map(reader::read)
        .filter(ModelReader.Result::isRead).map(ModelReader.Result::file).toList();
  }

  private static List<Finding> check(LintRule rule, ModelFile file, LintContext context) {
    if (file instanceof ModelFile.Bpmn bpmn) {
      return rule.checkProcess(bpmn, context);
    }
    if (file instanceof ModelFile.Dmn dmn) {
      return rule.checkDecision(dmn, context);
    }
    return rule.checkForm((ModelFile.Form) file, context);
  }
}
