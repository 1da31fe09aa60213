package org.prasan.casefile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.prasan.intake.TipRequests;
import org.prasan.intake.TipTriageProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;

  @Test
  void showsANewCaseWithItsTriageTaskOpenForTheTriageAgency() throws Exception {
    String caseId = json.readTree(mvc.perform(post("/api/tips")
            .with(httpBasic("mol-dlpw.officer", "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(TipRequests.aTip()
                .with("source", "LABOUR_INSPECTION").build())))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString()).get("caseId").asText();

    mvc.perform(get("/api/cases/" + caseId).with(httpBasic("coordinator", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseId").value(caseId))
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.source").value("LABOUR_INSPECTION"))
        .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey")
            .value(TipTriageProcess.TASK_TRIAGE_TIP))
        .andExpect(jsonPath("$.openTasks[0].candidateGroups[0]").value("mol-dlpw"))
        .andExpect(jsonPath("$.openTasks[0].due").isNotEmpty());
  }

  @Test
  void showsACaseOnlyToItsAgenciesAndCoordinatorsWithTheTasksEachMaySee() throws Exception {
    String caseId = json.readTree(mvc.perform(post("/api/tips")
            .with(httpBasic("rtp-atpd.officer", "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(TipRequests.aTip().build())))
        .andReturn().getResponse().getContentAsString()).get("caseId").asText();

    mvc.perform(get("/api/cases/" + caseId).with(httpBasic("rtp-atpd.officer", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey")
            .value(TipTriageProcess.TASK_TRIAGE_TIP));
    // An agency not on the case gets the answer an unknown case gets, word for word.
    mvc.perform(get("/api/cases/" + caseId).with(httpBasic("dsi.officer", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("No case " + caseId))
        .andExpect(jsonPath("$.detailTh").value("ไม่พบคดี " + caseId));
  }

  @Test
  void answersNotFoundForAnUnknownCase() throws Exception {
    mvc.perform(get("/api/cases/TIP-1999-999999").with(httpBasic("coordinator", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void refusesACaseIdOfTheWrongShapeInThaiAndEnglish() throws Exception {
    mvc.perform(get("/api/cases/1 OR 1=1").with(httpBasic("coordinator", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("caseId"))
        .andExpect(jsonPath("$.errors[0].message").value("must look like TIP-2026-000123"))
        .andExpect(jsonPath("$.errors[0].messageTh").value("ต้องมีรูปแบบเช่น TIP-2026-000123"))
        .andExpect(jsonPath("$.title").value("The request has invalid fields"))
        .andExpect(jsonPath("$.titleTh").value("คำขอมีข้อมูลที่ไม่ถูกต้อง"));
  }

  @Test
  void showsACasesClocksOnlyToItsAgenciesAndCoordinators() throws Exception {
    String caseId = newCase("rtp-atpd.officer");

    for (String reader : new String[] {"rtp-atpd.officer", "coordinator"}) {
      mvc.perform(get("/api/cases/" + caseId + "/clocks").with(httpBasic(reader, "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.caseId").value(caseId));
    }
    mvc.perform(get("/api/cases/" + caseId + "/clocks").with(httpBasic("dsi.officer", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void showsAnAgencysSlaHistoryToItsOfficersSupervisorsAndCoordinatorsOnly() throws Exception {
    String events = "/api/agencies/rtp-atpd/sla-events";
    for (String reader : new String[] {"rtp-atpd.officer", "rtp-atpd.supervisor",
        "coordinator"}) {
      mvc.perform(get(events).with(httpBasic(reader, "demo"))).andExpect(status().isOk());
    }
    mvc.perform(get(events).with(httpBasic("dsi.officer", "demo")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detailTh").isNotEmpty());
    mvc.perform(get("/api/agencies/nobody/sla-events").with(httpBasic("coordinator", "demo")))
        .andExpect(status().isNotFound());
  }

  private String newCase(String officer) throws Exception {
    return json.readTree(mvc.perform(post("/api/tips")
            .with(httpBasic(officer, "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(TipRequests.aTip().build())))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString()).get("caseId").asText();
  }
}
