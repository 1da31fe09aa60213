package org.prasan.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ResourceConfig;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets a {@link RuleViolationException} thrown inside the engine reach its caller as itself: the
 * engine wraps what a task listener throws ("Exception while invoking TaskListener: ..."),
 * and Camunda's REST answers the wrapper with 500. An outermost command interceptor takes the
 * rule's exception out of the wrapper when the command fails (its transaction is already rolled
 * back then), so a completion or form submission through {@code /engine-rest} answers 400 with
 * the rule's Thai and English text, and the Tasklist shows it. Every other {@code /engine-rest}
 * path that meets one answers 400 through the mapper registered here.
 */
@Component
public class EngineRefusals extends AbstractProcessEnginePlugin
    implements ResourceConfigCustomizer {

  /**
   * The labels forms give their fields, by key, when a feature knows them (null otherwise):
   * a refusal then names "Preservation requested on", not {@code preservationRequestedAt}.
   * Looked up when a refusal happens: the engine is built before the feature's beans.
   */
  public interface FieldLabels {
    Bilingual labelOf(String field);
  }

  private final ObjectProvider<FieldLabels> labels;

  public EngineRefusals(ObjectProvider<FieldLabels> labels) {
    this.labels = labels;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        first(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        first(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  @Override
  public void customize(ResourceConfig config) {
    config.register(new RuleViolationMapper());
    config.register(new CaseVariablesRefusedMapper());
  }

  private List<CommandInterceptor> first(List<CommandInterceptor> others) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Unwrapping(field -> {
      FieldLabels known = labels.getIfAvailable();
      return known == null ? null : known.labelOf(field);
    }));
    if (others != null) {
      interceptors.addAll(others);
    }
    return interceptors;
  }

  /** The rule's exception among a failure's causes, or null. */
  static RuleViolationException violationIn(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause != cause.getCause();
         cause = cause.getCause()) {
      if (cause instanceof RuleViolationException violation) {
        return violation;
      }
    }
    return null;
  }

  static final class Unwrapping extends CommandInterceptor {

    private final Function<String, Bilingual> labels;

    Unwrapping(Function<String, Bilingual> labels) {
      this.labels = labels;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (CaseVariablesRefused refused) {
        throw new CaseVariablesRefused(refused.violation().labelled(labels));
      } catch (RuntimeException failure) {
        RuleViolationException violation = violationIn(failure);
        throw violation == null ? failure : violation.labelled(labels);
      }
    }
  }

  /**
   * Camunda's own answer shape ({@code type}, {@code message}), with status 400, and the
   * variables it refuses by name in {@code errors} (an agency system's answer to an external
   * task is variables, not a form's labels: docs/agency-systems.md).
   */
  static final class RuleViolationMapper implements ExceptionMapper<RuleViolationException> {

    @Override
    public Response toResponse(RuleViolationException violation) {
      RefusalDto body = new RefusalDto(violation.fields().stream()
          .map(field -> new FieldError(field.field(), field.message().en(), field.message().th()))
          .toList());
      body.setType(RuleViolationException.class.getSimpleName());
      body.setMessage(violation.getMessage());
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(body).build();
    }
  }

  /** {@link CaseVariableGuard}'s refusal, answered as a rule's: 400 naming each variable. */
  static final class CaseVariablesRefusedMapper
      implements ExceptionMapper<CaseVariablesRefused> {

    @Override
    public Response toResponse(CaseVariablesRefused refused) {
      return new RuleViolationMapper().toResponse(refused.violation());
    }
  }

  /** One refused variable: its name, why in English and in Thai. */
  public record FieldError(String field, String message, String messageTh) {
  }

  /** Camunda's {@link ExceptionDto} with the refused variables. */
  public static final class RefusalDto extends ExceptionDto {

    private final List<FieldError> errors;

    RefusalDto(List<FieldError> errors) {
      this.errors = errors;
    }

    public List<FieldError> getErrors() {
      return errors;
    }
  }
}
