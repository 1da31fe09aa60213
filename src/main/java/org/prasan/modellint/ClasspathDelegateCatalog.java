package org.prasan.modellint;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The {@code @Component} beans under {@code org.prasan}, found by scanning the classpath's
 * bytecode the way Spring's component scan does, but without starting a context: the CLI and
 * the build test lint without a web server, an engine or a database.
 */
public class ClasspathDelegateCatalog implements DelegateCatalog {

  public static final String BASE_PACKAGE = "org.prasan";

  private final Map<String, String> classNames;
  private final ClassLoader classLoader;
  private final Map<String, Set<String>> constants = new ConcurrentHashMap<>();

  public ClasspathDelegateCatalog(Map<String, String> classNamesByBean, ClassLoader classLoader) {
    this.classNames = Map.copyOf(classNamesByBean);
    this.classLoader = classLoader;
  }

  public static ClasspathDelegateCatalog scan() {
    ClassLoader classLoader = ClasspathDelegateCatalog.class.getClassLoader();
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(true);
    scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(classLoader));
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Map<String, String> names = scanner.findCandidateComponents(BASE_PACKAGE).stream()
        .collect(Collectors.toMap(
            definition -> AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry),
            BeanDefinition::getBeanClassName, (first, second) -> first));
    return new ClasspathDelegateCatalog(names, classLoader);
  }

  @Override
  public boolean exists(String beanName) {
    return classNames.containsKey(beanName);
  }

  @Override
  public Set<String> stringConstants(String beanName) {
    String className = classNames.get(beanName);
    if (className == null) {
      return Set.of();
    }
    return constants.computeIfAbsent(beanName, name -> ClassConstants.of(className, classLoader));
  }

  public Set<String> beanNames() {
    return classNames.keySet();
  }
}
