package org.prasan.casefile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.prasan.agency.CurrentActor;
import org.prasan.system.Bilingual;
import org.prasan.system.NotPermittedException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Decides the {@link Access} rule of every {@code /api} handler before it runs, before even its
 * body is read: a caller who may not see a case learns nothing from a validation error either.
 * A handler without a rule is refused: access is denied unless declared.
 */
@Component
public class AccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  static final String API = "/api/**";

  private final CaseAccess access;

  public AccessInterceptor(CaseAccess access) {
    this.access = access;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns(API);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                           Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    Access declared = ruleOf(method);
    if (declared == null) {
      throw new NotPermittedException(Bilingual.of("ปลายทางนี้ไม่ได้ประกาศสิทธิ์การเข้าถึง",
          "This endpoint declares no access rule"));
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables = (Map<String, String>) request.getAttribute(
        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    access.decide(declared.value(), CurrentActor.caller(),
        variables == null ? Map.of() : variables,
        !HttpMethod.GET.matches(request.getMethod()));
    return true;
  }

  /** The rule declared on the method, or on its controller. */
  public static Access ruleOf(HandlerMethod method) {
    Access onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
        Access.class);
    return onMethod != null ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
  }
}
