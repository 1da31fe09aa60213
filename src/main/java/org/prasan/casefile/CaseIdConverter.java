package org.prasan.casefile;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Path variables and parameters to {@link CaseId}; Spring MVC picks up every converter bean. */
@Component
public class CaseIdConverter implements Converter<String, CaseId> {

  @Override
  public CaseId convert(String source) {
    return CaseId.of(source);
  }
}
