package org.prasan.modellint;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * {@code java -jar prasan.jar lint [--config application.yaml] <files or folders>}: prints the
 * findings and exits 1 on any error, 2 on a usage error, 0 otherwise. Runs before Spring
 * starts, so it opens no port and touches no database. References the linted files do not
 * satisfy are resolved against the models packaged in the jar.
 */
public final class LintCommand {

  public static final String NAME = "lint";
  static final int CLEAN = 0;
  static final int ERRORS = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT = "Usage: java -jar prasan.jar lint "
      + "[--config application.yaml]... <.bpmn/.dmn/.form files or folders>...";
  private static final List<String> PACKAGED = List.of(
      "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form");

  private LintCommand() {
  }

  public static boolean isLint(String[] args) {
    return args.length > 0 && NAME.equals(args[0]);
  }

  /** Entry from {@code PrasanApplication.main}; {@code args[0]} is {@code lint}. */
  public static int main(String[] args) {
    quietLogging();
    return run(List.of(args).subList(1, args.length), System.out, System.err);
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    List<Resource> configFiles = new ArrayList<>(List.of(new ClassPathResource("application.yaml")));
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if ("--config".equals(args.get(i)) && i + 1 < args.size()) {
        configFiles.add(new FileSystemResource(args.get(++i)));
      } else if (args.get(i).startsWith("--")) {
        err.println("Unknown option " + args.get(i) + ". " + USAGE_TEXT);
        return USAGE;
      } else {
        paths.add(Path.of(args.get(i)));
      }
    }
    if (paths.isEmpty()) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    try {
      List<ModelSource> targets = new ArrayList<>();
      for (Path path : paths) {
        if (!Files.exists(path)) {
          err.println("No such file or folder: " + path);
          return USAGE;
        }
        targets.addAll(sources(path));
      }
      if (targets.isEmpty()) {
        err.println("No .bpmn, .dmn or .form files in " + paths);
        return USAGE;
      }
      LintEnvironment environment = ConfigurationFiles.environment(configFiles,
          ClasspathDelegateCatalog.scan());
      LintReport report = new ModelLinter(environment).lint(targets, packagedModels());
      report.findings().forEach(finding -> out.println(finding.format()));
      out.println(report.summary());
      return report.hasErrors() ? ERRORS : CLEAN;
    } catch (IOException | UncheckedIOException unreadable) {
      err.println("Cannot read: " + unreadable.getMessage());
      return USAGE;
    }
  }

  /** The model files at {@code path}: the file itself, or every model file in the folder tree. */
  public static List<ModelSource> sources(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(new ModelSource(path.toString(), Files.readAllBytes(path)));
    }
    try (Stream<Path> files = Files.walk(path)) {
      List<ModelSource> sources = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile)
          .filter(file -> ModelSource.isModelFileName(file.getFileName().toString()))
          .sorted().toList()) {
        sources.add(new ModelSource(file.toString(), Files.readAllBytes(file)));
      }
      return sources;
    }
  }

  static List<ModelSource> packagedModels() throws IOException {
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(LintCommand.class.getClassLoader());
    List<ModelSource> sources = new ArrayList<>();
    for (String pattern : PACKAGED) {
      for (Resource resource : resolver.getResources(pattern)) {
        try (var in = resource.getInputStream()) {
          sources.add(new ModelSource(resource.getFilename(), in.readAllBytes()));
        }
      }
    }
    return sources;
  }

  private static void quietLogging() {
    LoggingSystem logging = LoggingSystem.get(LintCommand.class.getClassLoader());
    logging.beforeInitialize();
    logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
  }
}
