package org.prasan.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every {@code /api} endpoint declares its access decision ({@link Access}), and a rule on a
 * case or an agency sits on a path that names one. Without a rule the endpoint is refused at
 * runtime (AccessInterceptor); this fails the build first, naming the endpoint.
 */
class ApiAccessTest {

  /** Path variables that name a case or something of one (CaseResources beans). */
  static final Set<String> CASE_VARIABLES = Set.of("{caseId}", "{exhibitId}", "{victimRef}");

  @Test
  void everyApiEndpointDeclaresItsAccessRuleOnAPathThatNamesWhatItDecidesOn() throws Exception {
    List<String> endpoints = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Class<?> controller : controllers()) {
      for (Method method : controller.getDeclaredMethods()) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method,
            RequestMapping.class);
        if (mapping == null) {
          continue;
        }
        for (String path : paths(controller, mapping)) {
          if (!path.startsWith("/api/") && !path.equals("/api")) {
            continue;
          }
          String endpoint = controller.getSimpleName() + "." + method.getName() + " " + path;
          endpoints.add(endpoint);
          Access access = AnnotatedElementUtils.findMergedAnnotation(method, Access.class);
          if (access == null) {
            access = AnnotatedElementUtils.findMergedAnnotation(controller, Access.class);
          }
          if (access == null) {
            problems.add(endpoint + " declares no @Access rule");
          } else if (access.value().scope() == AccessRule.Scope.CASE
              && CASE_VARIABLES.stream().noneMatch(path::contains)) {
            problems.add(endpoint + " decides " + access.value() + " but names no case");
          } else if (access.value().scope() == AccessRule.Scope.AGENCY
              && !path.contains("{agency}")) {
            problems.add(endpoint + " decides " + access.value() + " but names no agency");
          }
        }
      }
    }

    assertThat(endpoints).as("the /api endpoints found").hasSizeGreaterThan(15);
    assertThat(problems).isEmpty();
  }

  private static List<Class<?>> controllers() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
    List<Class<?>> controllers = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.prasan")) {
      controllers.add(ClassUtils.forName(definition.getBeanClassName(),
          ApiAccessTest.class.getClassLoader()));
    }
    return controllers;
  }

  private static List<String> paths(Class<?> controller, RequestMapping method) {
    RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(controller,
        RequestMapping.class);
    List<String> prefixes = type == null || type.path().length == 0 ? List.of("")
        : List.of(type.path());
    List<String> suffixes = method.path().length == 0 ? List.of("") : List.of(method.path());
    List<String> paths = new ArrayList<>();
    for (String prefix : prefixes) {
      for (String suffix : suffixes) {
        paths.add(prefix + suffix);
      }
    }
    return paths;
  }
}
