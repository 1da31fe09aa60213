package org.prasan.evidence;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.prasan.casefile.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every malformed evidence upload, custody hand-over and case id gets 400 problem+json naming
 * the field in Thai and English, and the registry never registers or hands over anything:
 * without an engine, a database or a file store (what is stored: EvidenceApiTest).
 */
@WebMvcTest(EvidenceController.class)
@Import(WebSliceConfiguration.class)
// A slice does not scan configuration properties; the controller reads the upload limit.
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceValidationSliceTest {

  private static final String CASE = "TIP-2026-000042";
  private static final byte[] CONTENT = "synthetic exhibit bytes".getBytes();

  @Autowired
  MockMvc mvc;
  @MockitoBean
  EvidenceRegistry registry;
  @MockitoBean
  EvidenceStore store;

  @BeforeEach
  void theFileStoreTakesWhateverArrives() throws Exception {
    when(registry.uploadersOn(any(), any())).thenReturn(Set.of("rtp-ccib"));
    when(store.receive(any(InputStream.class))).thenAnswer(call -> new EvidenceStore.Incoming(
        Path.of("incoming-slice-test"), "0".repeat(64), call.<InputStream>getArgument(0)
        .readAllBytes().length));
  }

  @AfterEach
  void nothingWasRegisteredOrHandedOver() throws Exception {
    verify(registry, never()).register(anyString(), any(), any(), any(), any());
    verify(registry, never()).transfer(any(), any(), any());
  }

  static Stream<Arguments> invalidUploads() throws Exception {
    String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
    return Stream.of(
        Arguments.of("description", Multipart.evidence().without("description")
            .withFile(CONTENT)),
        Arguments.of("description", Multipart.evidence().with("description", "ab")
            .withFile(CONTENT)),
        Arguments.of("description", Multipart.evidence()
            .with("description", "Phone\u0000\u001b[2J").withFile(CONTENT)),
        Arguments.of("seizedAt", Multipart.evidence().with("seizedAt", "yesterday")
            .withFile(CONTENT)),
        Arguments.of("seizedAt", Multipart.evidence().with("seizedAt", future)
            .withFile(CONTENT)),
        Arguments.of("seizedBy", Multipart.evidence().with("seizedBy", "x".repeat(256))
            .withFile(CONTENT)),
        Arguments.of("colour", Multipart.evidence().with("colour", "red").withFile(CONTENT)),
        Arguments.of("fileName", Multipart.evidence().fileName("../../etc/passwd")
            .withFile(CONTENT)),
        Arguments.of("file", Multipart.evidence().withoutFile()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUploads")
  void refusesAnInvalidUploadNamingTheField(String field, byte[] body) throws Exception {
    upload(CASE, body).andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(field)))
        .andExpect(jsonPath("$.errors[*].messageTh",
            Matchers.everyItem(Matchers.not(Matchers.emptyOrNullString()))))
        .andExpect(jsonPath("$.titleTh").isNotEmpty());
  }

  @Test
  void aTruncatedMultipartBodyIsNamedAsTheBody() throws Exception {
    mvc.perform(post("/api/cases/" + CASE + "/evidence").with(officer())
            .contentType(Multipart.contentType())
            .content("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; "
                + "name=\"description\"\r\n\r\nSeized phone, cut off mid"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"))
        .andExpect(jsonPath("$.errors[0].messageTh").isNotEmpty());
  }

  @Test
  void aMalformedCaseIdIsNamedBeforeAnyUploadIsRead() throws Exception {
    upload("TIP-26-1", Multipart.evidence().withFile(CONTENT))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("caseId"))
        .andExpect(jsonPath("$.errors[0].messageTh").isNotEmpty());
    verify(store, never()).receive(any());
  }

  static Stream<Arguments> invalidTransfers() {
    return Stream.of(
        Arguments.of("toAgency", "{\"purpose\": \"Forensic extraction\"}"),
        Arguments.of("toAgency", "{\"toAgency\": \"DSI!\", \"purpose\": \"Forensic extraction\"}"),
        Arguments.of("purpose", "{\"toAgency\": \"dsi\"}"),
        Arguments.of("purpose", "{\"toAgency\": \"dsi\", \"purpose\": \"ab\"}"),
        Arguments.of("purpose", "{\"toAgency\": \"dsi\", \"purpose\": 12345}"),
        Arguments.of("colour", "{\"toAgency\": \"dsi\", \"purpose\": \"Forensic extraction\", "
            + "\"colour\": \"red\"}"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidTransfers")
  void refusesAnInvalidHandOverNamingTheField(String field, String body) throws Exception {
    mvc.perform(post("/api/evidence/EX-1/custody").with(officer())
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(field)))
        .andExpect(jsonPath("$.errors[*].messageTh",
            Matchers.everyItem(Matchers.not(Matchers.emptyOrNullString()))));
  }

  private ResultActions upload(String caseId, byte[] body) throws Exception {
    return mvc.perform(post("/api/cases/" + caseId + "/evidence").with(officer())
        .contentType(Multipart.contentType())
        .content(body));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
    return user("rtp-ccib.officer").authorities(() -> "rtp-ccib");
  }
}
