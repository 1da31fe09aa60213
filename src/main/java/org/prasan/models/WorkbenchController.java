package org.prasan.models;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.util.List;
import org.prasan.modellint.Finding;
import org.prasan.modellint.LintReport;
import org.prasan.sla.SlaProperties;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotFoundException;
import org.prasan.system.EngineAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the model workbench ({@code /models}) reads and checks: the deployed models with their
 * versions and running cases, one version's file, the lint and the difference from the
 * deployed version of uploaded files, a roll-back to the previous version, and the clocks.
 * Deploying and moving cases are {@code /api/models/deployments} and {@code /migrations}.
 */
@RestController
@RequestMapping("/api/models")
@Access(AccessRule.COORDINATORS)
public class WorkbenchController {

  private static final String KEY = "[A-Za-z][A-Za-z0-9._-]{0,99}";

  private final ModelCatalog catalog;
  private final ModelChecks checks;
  private final ModelRollbacks rollbacks;
  private final DeployedModels deployedModels;
  private final SlaProperties sla;
  private final EngineAccess engine;

  public WorkbenchController(ModelCatalog catalog, ModelChecks checks, ModelRollbacks rollbacks,
                             DeployedModels deployedModels, SlaProperties sla,
                             EngineAccess engine) {
    this.catalog = catalog;
    this.checks = checks;
    this.rollbacks = rollbacks;
    this.deployedModels = deployedModels;
    this.sla = sla;
    this.engine = engine;
  }

  @GetMapping
  @Operation(summary = "Every deployed process, decision and form with its versions and the "
      + "cases running on each; coordinators")
  public List<ModelCatalog.Model> models() {
    return engine.withoutCaller(catalog::models);
  }

  @GetMapping("/{kind}/{key}/versions/{version}")
  @Operation(summary = "The file of one deployed version (BPMN or DMN XML, form JSON)")
  public ResponseEntity<byte[]> file(@PathVariable String kind, @PathVariable String key,
                                     @PathVariable int version) {
    ModelKind modelKind = kind(kind);
    if (!key.matches(KEY)) {
      throw new InvalidFieldException("key", Bilingual.of("ไม่ใช่รหัสของแบบจำลอง",
          "is not a model id"));
    }
    DeployedModel model = engine.withoutCaller(() -> deployedModels.version(modelKind, key, version));
    if (model == null) {
      throw new NotFoundException(Bilingual.of(
          "ไม่มี " + modelKind.name().toLowerCase() + " " + key + " รุ่นที่ " + version + " ที่นำไปใช้แล้ว",
          "No " + modelKind.name().toLowerCase() + " " + key + " version " + version
              + " is deployed"));
    }
    return ResponseEntity.ok()
        .contentType(modelKind == ModelKind.FORM ? MediaType.APPLICATION_JSON
            : MediaType.APPLICATION_XML)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(model.source().name()).build().toString())
        .body(model.content());
  }

  /** The lint's answer: every finding with its file, element, rule, message and fix. */
  public record LintAnswer(List<String> files, int errors, int warnings, List<Finding> findings) {

    static LintAnswer of(LintReport report) {
      return new LintAnswer(report.files(), report.errors().size(), report.warnings().size(),
          report.findings());
    }
  }

  @PostMapping(path = "/lint", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Lint uploaded models (multipart files) against what is deployed; "
      + "nothing is deployed")
  public LintAnswer lint(@RequestParam(ModelDeploymentController.FILES) List<MultipartFile> files)
      throws IOException {
    var sources = ModelDeploymentController.sources(files);
    return LintAnswer.of(engine.withoutCaller(() -> checks.lint(sources)));
  }

  @PostMapping(path = "/diff", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Elements added, removed and changed against the deployed version of "
      + "each uploaded model")
  public List<ModelDiff.FileDiff> diff(
      @RequestParam(ModelDeploymentController.FILES) List<MultipartFile> files) throws IOException {
    var sources = ModelDeploymentController.sources(files);
    return engine.withoutCaller(() -> checks.diff(sources));
  }

  /** Roll back {@code key} of {@code kind} to the version before its latest. */
  public record RollbackRequest(@NotNull ModelKind kind,
                                @NotNull @Pattern(regexp = KEY) String key) {
  }

  @PostMapping("/rollbacks")
  @Operation(summary = "Deploy the version before the latest again (with its forms), through "
      + "the lint; running cases move back by a migration")
  public ResponseEntity<DeploymentResult> rollBack(@Valid @RequestBody RollbackRequest request) {
    DeploymentResult result = engine.withoutCaller(() ->
        rollbacks.rollBack(request.kind(), request.key()));
    return ResponseEntity.status(result.deploymentId() == null ? HttpStatus.OK : HttpStatus.CREATED)
        .body(result);
  }

  @GetMapping("/clocks")
  @Operation(summary = "Configured service levels and the legal clocks with their laws, "
      + "read-only")
  public ProcedureClocks clocks() {
    return ProcedureClocks.of(sla);
  }

  private static ModelKind kind(String kind) {
    for (ModelKind known : ModelKind.values()) {
      if (known.name().equalsIgnoreCase(kind)) {
        return known;
      }
    }
    throw new InvalidFieldException("kind", Bilingual.of(
        "ต้องเป็น process, decision หรือ form", "must be process, decision or form"));
  }
}
