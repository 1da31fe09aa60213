package org.prasan.modellint;

import java.util.Set;

/** The Spring beans a model may name in {@code ${beanName}} expressions. */
public interface DelegateCatalog {

  boolean exists(String beanName);

  /**
   * The string constants in the bean's class. Variable names are compile-time constants of the
   * constants holders, so a delegate that writes a variable has its name among them.
   */
  Set<String> stringConstants(String beanName);
}
