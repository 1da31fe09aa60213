package org.prasan.casefile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an {@code /api} endpoint. Every {@code /api} handler method (or its controller)
 * declares one; {@link AccessInterceptor} decides it before the handler runs, from the path's
 * {@code {caseId}}, a resource of a case ({@code {exhibitId}}, {@code {victimRef}}: a
 * {@link CaseResources}) or {@code {agency}}, through {@link CaseAccess}. An {@code /api}
 * handler without it is refused (403), and ApiAccessTest fails the build.
 *
 * <pre>
 * &#64;GetMapping("/api/cases/{caseId}/clocks")
 * &#64;Access(AccessRule.CASE_VIEW)
 * public View clocks(&#64;PathVariable CaseId caseId) { ... }
 * </pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Access {

  AccessRule value();
}
