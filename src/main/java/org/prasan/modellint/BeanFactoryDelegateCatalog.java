package org.prasan.modellint;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/** The beans of the running application, looked up by name without creating them. */
public class BeanFactoryDelegateCatalog implements DelegateCatalog {

  private final ListableBeanFactory beans;
  private final Map<String, Set<String>> constants = new ConcurrentHashMap<>();

  public BeanFactoryDelegateCatalog(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public boolean exists(String beanName) {
    return beans.containsBean(beanName);
  }

  @Override
  public Set<String> stringConstants(String beanName) {
    if (!exists(beanName)) {
      return Set.of();
    }
    return constants.computeIfAbsent(beanName, name -> {
      Class<?> type = beans.getType(name, false);
      return type == null ? Set.of()
          : ClassConstants.of(ClassUtils.getUserClass(type).getName(), type.getClassLoader());
    });
  }
}
