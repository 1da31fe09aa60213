package org.prasan.models;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.modellint.ModelSource;
import org.prasan.system.Bilingual;
import org.prasan.system.EngineAccess;
import org.prasan.system.FieldProblem;
import org.prasan.system.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/models/deployments}: a coordinator uploads changed {@code .bpmn},
 * {@code .dmn} and {@code .form} files (multipart field {@code files}). 201 with the deployed
 * definitions, 200 when nothing had changed, 422 with the lint findings when a file is broken
 * (then nothing is deployed).
 */
@RestController
@RequestMapping("/api/models")
@Access(AccessRule.COORDINATORS)
public class ModelDeploymentController {

  static final String FILES = "files";
  private static final Pattern FILE_NAME = Pattern.compile(
      "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(bpmn|dmn|form)$");

  private final ModelDeployments deployments;
  private final EngineAccess engine;

  public ModelDeploymentController(ModelDeployments deployments, EngineAccess engine) {
    this.deployments = deployments;
    this.engine = engine;
  }

  @PostMapping(path = "/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<DeploymentResult> deploy(@RequestParam(FILES) List<MultipartFile> files)
      throws IOException {
    List<ModelSource> sources = sources(files);
    // Coordinators deploy through the lint here, never straight into the engine: they hold no
    // deployment grant of their own, so the deployment runs as the system.
    DeploymentResult result = engine.withoutCaller(() -> deployments.deploy(sources));
    return ResponseEntity.status(result.deploymentId() == null ? HttpStatus.OK : HttpStatus.CREATED)
        .body(result);
  }

  static List<ModelSource> sources(List<MultipartFile> files) throws IOException {
    List<FieldProblem> problems = new ArrayList<>();
    List<ModelSource> sources = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (MultipartFile file : files) {
      String name = StringUtils.getFilename(file.getOriginalFilename());
      if (name == null || !FILE_NAME.matcher(name).matches()) {
        String given = "'" + file.getOriginalFilename() + "'";
        problems.add(FieldProblem.of(FILES, Bilingual.of(given + " ไม่ใช่ชื่อไฟล์ .bpmn, .dmn หรือ "
                + ".form (ตัวอักษร ตัวเลข '.', '-', '_')",
            given + " is not a .bpmn, .dmn or .form file name (letters, digits, '.', '-', '_')")));
      } else if (!names.add(name)) {
        problems.add(FieldProblem.of(FILES, Bilingual.of("'" + name + "' ถูกอัปโหลดสองครั้ง",
            "'" + name + "' is uploaded twice")));
      } else if (file.isEmpty()) {
        problems.add(FieldProblem.of(FILES, Bilingual.of("'" + name + "' เป็นไฟล์ว่าง",
            "'" + name + "' is empty")));
      } else {
        sources.add(new ModelSource(name, file.getBytes()));
      }
    }
    if (files.isEmpty()) {
      problems.add(FieldProblem.of(FILES, Bilingual.of("ต้องมีไฟล์แบบจำลองอย่างน้อยหนึ่งไฟล์",
          "must hold at least one model file")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    return sources;
  }
}
