package org.prasan.agency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ResourceConfig;
import org.prasan.system.Bilingual;
import org.prasan.system.EngineAccess;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * An agency's external tasks are taken by its own systems alone, on every {@code /engine-rest}
 * route (with or without {@code engine/<name>/}): fetching a topic, and locking, extending,
 * unlocking, completing or failing one of its tasks, needs the group {@code <agency>-system}
 * of {@link AgencySystemsProperties}. The engine's own check (READ/UPDATE_INSTANCE on the
 * process) cannot say which topic, and officers of the process's agencies hold those rights.
 * Retries and priorities (an operator's fix after an incident) are also open to
 * administrators; the bulk retry routes to administrators only. Refusals are 403 in Camunda's
 * answer shape with Thai and English; an unknown task id is left to the engine's 404. A bad
 * answer is refused by the process's own rule (the delegate after the task) with a 400 naming
 * the variable, as for the officer's form.
 */
@Component
public class ExternalTaskAccess implements ContainerRequestFilter, ResourceConfigCustomizer {

  private static final Pattern FETCH = Pattern.compile("(?:^|/)external-task/fetchAndLock/?$");
  private static final Pattern ONE = Pattern.compile(
      "(?:^|/)external-task/([^/]+)/(complete|failure|bpmnError|extendLock|unlock|lock"
          + "|retries|priority)/?$");
  private static final Pattern BULK = Pattern.compile(
      "(?:^|/)external-task/(retries|retries-async)/?$");

  private final AgencySystemsProperties systems;
  private final IdentityService identityService;
  private final ExternalTaskService externalTasks;
  private final EngineAccess engine;
  private final ObjectMapper json;

  public ExternalTaskAccess(AgencySystemsProperties systems, IdentityService identityService,
                            ExternalTaskService externalTasks, EngineAccess engine,
                            ObjectMapper json) {
    this.systems = systems;
    this.identityService = identityService;
    this.externalTasks = externalTasks;
    this.engine = engine;
    this.json = json;
  }

  @Override
  public void customize(ResourceConfig config) {
    config.register(this);
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String path = request.getUriInfo().getPath();
    if (!path.contains("external-task")) {
      return;
    }
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null
        ? List.of() : caller.getGroupIds();
    boolean admin = groups.contains(Groups.CAMUNDA_ADMIN);
    Matcher one = ONE.matcher(path);
    if (FETCH.matcher(path).find()) {
      for (String topic : topicsOf(request)) {
        if (!mayTake(groups, topic)) {
          refuse(request, topic);
          return;
        }
      }
    } else if (one.find()) {
      String action = one.group(2);
      if (admin && ("retries".equals(action) || "priority".equals(action))) {
        return;
      }
      String id = one.group(1);
      ExternalTask task = engine.asSystem(
          () -> externalTasks.createExternalTaskQuery().externalTaskId(id).singleResult());
      if (task != null && !mayTake(groups, task.getTopicName())) {
        refuse(request, task.getTopicName());
      }
    } else if (BULK.matcher(path).find() && !admin) {
      request.abortWith(forbidden(Bilingual.of(
          "เฉพาะผู้ดูแลระบบเท่านั้นที่ตั้งจำนวนครั้งลองใหม่ของงานภายนอกหลายงานพร้อมกันได้",
          "Only administrators set the retries of many external tasks at once")));
    }
  }

  private boolean mayTake(List<String> groups, String topic) {
    String group = systems.systemGroupOf(topic);
    return group != null && groups.contains(group);
  }

  /** The body's topic names; the body is put back for Camunda's resource to read. */
  private List<String> topicsOf(ContainerRequestContext request) throws IOException {
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    List<String> topics = new ArrayList<>();
    if (body.length == 0) {
      return topics;
    }
    JsonNode fetch;
    try {
      fetch = json.readTree(body);
    } catch (IOException malformed) {
      return topics; // Camunda's resource answers the malformed body with its own 400.
    }
    for (JsonNode topic : fetch.path("topics")) {
      topics.add(topic.path("topicName").asText(null));
    }
    return topics;
  }

  private void refuse(ContainerRequestContext request, String topic) {
    String group = systems.systemGroupOf(topic);
    request.abortWith(forbidden(group == null
        ? Bilingual.of("ไม่มีระบบของหน่วยงานใดรับงานหัวข้อ " + topic,
            "No agency system takes the topic " + topic)
        : Bilingual.of("งานหัวข้อ " + topic + " รับได้เฉพาะผู้ใช้ของกลุ่ม " + group,
            "Only users of the group " + group + " take the topic " + topic)));
  }

  private static Response forbidden(Bilingual reason) {
    ExceptionDto body = new ExceptionDto();
    body.setType("NotPermittedException");
    body.setMessage(reason.text());
    return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body).build();
  }
}
