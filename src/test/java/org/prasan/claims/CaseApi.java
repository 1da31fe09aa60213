package org.prasan.claims;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.task.Task;
import org.prasan.DemoUsers;
import org.prasan.intake.TipRequests;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API calls the claims and deconfliction tests make, as the demo officers (password
 * {@code demo}, user {@code <agency>.officer}), so each test reads as what officers do.
 */
public final class CaseApi {

  private final MockMvc mvc;
  private final ObjectMapper json;

  /**
   * Also undoes what other test classes leave behind in the shared context and thread: a wrong
   * password (TipIntakeApiTest) locks a demo officer out for a few seconds, and the process
   * tests' {@link Mocks} would otherwise stand in for the real delegates.
   */
  public CaseApi(MockMvc mvc, ObjectMapper json, IdentityService identityService) {
    this.mvc = mvc;
    this.json = json;
    Mocks.reset();
    DemoUsers.unlockAll(identityService);
  }

  public static String officerOf(String agency) {
    return agency + ".officer";
  }

  public MockHttpServletResponse postTip(TipRequests tip) throws Exception {
    return postTip("rtp-atpd.officer", tip);
  }

  public MockHttpServletResponse postTip(String user, TipRequests tip) throws Exception {
    return mvc.perform(post("/api/tips").with(httpBasic(user, "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(tip.build())))
        .andReturn().getResponse();
  }

  /** A new open case from a tip with a phone of its own; answers its case id. */
  public String newCase() throws Exception {
    return read(postTip(TipRequests.aTip())).get("caseId").asText();
  }

  public MockHttpServletResponse claim(String user, String caseId, Map<String, ?> body)
      throws Exception {
    return mvc.perform(post("/api/cases/" + caseId + "/claims").with(httpBasic(user, "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)))
        .andReturn().getResponse();
  }

  public MockHttpServletResponse claim(String agency, String caseId) throws Exception {
    return claim(officerOf(agency), caseId, Map.of("agency", agency,
        "basis", agency + " holds evidence on this network"));
  }

  public MockHttpServletResponse postAs(String user, String path, Map<String, ?> body)
      throws Exception {
    return mvc.perform(post(path).with(httpBasic(user, "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)))
        .andReturn().getResponse();
  }

  public JsonNode caseView(String caseId) throws Exception {
    return read(mvc.perform(get("/api/cases/" + caseId).with(httpBasic("coordinator", "demo")))
        .andReturn().getResponse());
  }

  public JsonNode read(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString());
  }

  /** The open tasks of one of the case's processes (by process key). */
  public static List<Task> openTasks(TaskService tasks, String caseId, String processKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseId)
        .processDefinitionKey(processKey).list();
  }
}
