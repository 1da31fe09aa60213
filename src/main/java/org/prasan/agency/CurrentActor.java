package org.prasan.agency;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place that reads who is acting. In an API request, the signed-in caller: a
 * controller takes {@code Actor caller} as a parameter (resolved here). Inside the engine
 * (a delegate, a listener), the user the engine was told of: the officer completing a form
 * through the Tasklist or an API call (system/EngineAuthenticationFilter); nobody when a
 * timer or the job executor acts, which {@link #name()} records as {@value #SYSTEM}.
 */
@Component
public class CurrentActor implements WebMvcConfigurer {

  public static final String SYSTEM = "system";

  private final IdentityService identityService;

  public CurrentActor(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user the engine acts for, with their groups; empty when the system acts. */
  public Optional<Actor> inEngine() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(Actor.of(authentication.getUserId(),
        authentication.getGroupIds() == null ? List.of()
            : authentication.getGroupIds()));
  }

  /** The acting user's id, or null when the system acts (records that say "nobody"). */
  public String userIdOrNull() {
    return inEngine().map(Actor::userId).orElse(null);
  }

  /** The acting user's id, or {@value #SYSTEM}. */
  public String name() {
    return inEngine().map(Actor::userId).orElse(SYSTEM);
  }

  /** The signed-in caller of the request in progress. */
  public static Actor caller() {
    return Actor.of(SecurityContextHolder.getContext().getAuthentication());
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CallerParameter());
  }

  /** {@code Actor caller} in a controller method's parameters. */
  static final class CallerParameter implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                 NativeWebRequest request, WebDataBinderFactory binders) {
      return caller();
    }
  }
}
