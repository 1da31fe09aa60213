package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.intake.TipRequests;

/**
 * One whole case through the HTTP APIs, as in {@code JointCaseLifecycleTest}: a tip posted by
 * the hotline's officer, then each open task, oldest first, opened (its deployed form),
 * claimed and submitted by an officer of its candidate group with the form's fields, as the
 * Tasklist does; the coordinator lists the case's tasks. Every user task counts, escalations
 * included (their supervisors work them like any other).
 */
final class RestCase implements Officers.WholeCase {

  private static final int MAX_TASKS = 200;

  private final BenchHttp http;

  RestCase(BenchHttp http) {
    this.http = http;
  }

  @Override
  public int work(int number) throws Exception {
    String caseId = http.post("rtp-atpd.officer", "/api/tips", TipRequests.aTip().build())
        .expect(201, "tip").body().get("caseId").asText();
    OfficerAnswers answers = new OfficerAnswers();
    int tasks = 0;
    while (tasks < MAX_TASKS) {
      JsonNode open = http.get(AgencyRegistry.COORDINATOR, "/engine-rest/task"
          + "?processInstanceBusinessKey=" + caseId + "&sortBy=created&sortOrder=asc"
          + "&firstResult=0&maxResults=1").expect(200, "tasks of " + caseId).body();
      if (open.isEmpty() && AssetTraces.answer(http, caseId) > 0) {
        continue;
      }
      if (open.isEmpty()) {
        String status = http.get(AgencyRegistry.COORDINATOR, "/api/cases/" + caseId)
            .expect(200, caseId).body().get("status").asText();
        if (!"CLOSED".equals(status)) {
          throw new IllegalStateException(caseId + " has no open task but is " + status);
        }
        return tasks;
      }
      JsonNode task = open.get(0);
      String id = task.get("id").asText();
      String officer = officerOf(id);
      http.get(officer, "/engine-rest/task/" + id + "/deployed-form").expect(200, "form");
      http.post(officer, "/engine-rest/task/" + id + "/claim", Map.of("userId", officer))
          .expect(204, "claim");
      Map<String, Object> variables = new LinkedHashMap<>();
      answers.next(task.get("taskDefinitionKey").asText())
          .forEach((name, value) -> variables.put(name, Map.of("value", value)));
      http.post(officer, "/engine-rest/task/" + id + "/submit-form",
          Map.of("variables", variables)).expect(204, "submit " + task.get("taskDefinitionKey"));
      tasks++;
    }
    throw new IllegalStateException(caseId + " not closed after " + MAX_TASKS + " tasks");
  }

  private String officerOf(String taskId) throws Exception {
    for (JsonNode link : http.get(AgencyRegistry.COORDINATOR, "/engine-rest/task/" + taskId
        + "/identity-links").expect(200, "links").body()) {
      if ("candidate".equals(link.get("type").asText()) && link.hasNonNull("groupId")) {
        return userOf(link.get("groupId").asText());
      }
    }
    throw new IllegalStateException("task " + taskId + " has no candidate group");
  }

  /** The demo user of a group: {@code <agency>.officer}, a supervisor, or the coordinator. */
  static String userOf(String group) {
    if (group.endsWith(Agency.SUPERVISOR_SUFFIX)) {
      return group.substring(0, group.length() - Agency.SUPERVISOR_SUFFIX.length())
          + ".supervisor";
    }
    return AgencyRegistry.COORDINATOR.equals(group) ? group : group + ".officer";
  }
}
