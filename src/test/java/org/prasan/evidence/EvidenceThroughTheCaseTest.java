package org.prasan.evidence;

import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.casefile.TaskRestApi;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An exhibit in a whole case, worked through the Tasklist's REST API: the digital-evidence
 * hand-over passes it to the lead agency in its chain of custody, and the prosecutor's
 * approval task shows whether every exhibit is still intact.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvidenceThroughTheCaseTest {

  private static final byte[] CONTENT = "Synthetic phone extraction: chats and contacts\n"
      .repeat(500).getBytes(StandardCharsets.UTF_8);

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  TaskService taskService;
  @Autowired
  EvidenceProperties properties;

  private TaskRestApi tasks;
  private final OfficerAnswers answers = new OfficerAnswers();

  @BeforeEach
  void api() {
    // Process tests leave stand-in delegates in Camunda's Mocks, which win over beans.
    Mocks.reset();
    tasks = new TaskRestApi(http, json);
  }

  @Test
  void handsTheExhibitToTheLeadAgencyAndShowsTheProsecutorThatItIsIntact() throws Exception {
    String caseId = newCase();
    String exhibitId = upload(caseId);

    JsonNode approval = tasks.workUntil(caseId, "Task_ApproveCharging", answers);

    JsonNode exhibit = http.withBasicAuth("rtp-atpd.officer", "demo")
        .getForObject("/api/evidence/" + exhibitId, JsonNode.class);
    assertThat(exhibit.toString()).contains("rtp-atpd");
    Map<String, Object> seen = taskService.getVariables(approval.get("id").asText());
    assertThat(seen).containsEntry("evidenceIntact", true).containsEntry("exhibitCount", 1)
        .containsEntry("brokenExhibits", "");
    assertThat((String) seen.get("custodyHandedOver")).startsWith(exhibitId + "#");
  }

  @Test
  void showsTheProsecutorAnExhibitChangedBeforeTheCaseFileWasSubmitted() throws Exception {
    String caseId = newCase();
    String exhibitId = upload(caseId);
    tasks.workUntil(caseId, "Task_SubmitCaseFile", answers);

    flipOneByteOf(properties.storeDir().resolve(caseId).resolve(exhibitId));
    JsonNode approval = tasks.workUntil(caseId, "Task_ApproveCharging", answers);

    assertThat(taskService.getVariables(approval.get("id").asText()))
        .containsEntry("evidenceIntact", false).containsEntry("brokenExhibits", exhibitId);
  }

  private String newCase() {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return tip.getBody().get("caseId").asText();
  }

  /**
   * Once the case reaches its digital evidence, the Cyber Crime Investigation Bureau
   * registers the phone's extraction.
   */
  private String upload(String caseId) throws Exception {
    tasks.workUntil(caseId, "Task_AssessDigitalEvidence", answers);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("description", "Seized phone, full extraction");
    parts.add("file", new ByteArrayResource(CONTENT) {
      @Override
      public String getFilename() {
        return "phone-extraction.bin";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<JsonNode> registered = http.withBasicAuth("rtp-ccib.officer", "demo")
        .postForEntity("/api/cases/" + caseId + "/evidence", new HttpEntity<>(parts, headers),
            JsonNode.class);
    assertThat(registered.getStatusCode()).as("%s", registered.getBody())
        .isEqualTo(HttpStatus.CREATED);
    return registered.getBody().get("exhibitId").asText();
  }

  private static void flipOneByteOf(Path file) throws Exception {
    file.toFile().setWritable(true);
    try (RandomAccessFile exhibit = new RandomAccessFile(file.toFile(), "rw")) {
      exhibit.seek(100);
      int original = exhibit.read();
      exhibit.seek(100);
      exhibit.write(original ^ 0x01);
    }
  }
}
