package org.prasan.intake;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.prasan.intake.TipRequests.aTip;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.prasan.casefile.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every malformed tip gets 400 problem+json naming the field, in Thai and English, and never
 * reaches {@link IntakeService}, the only way a tip is stored: so a refused tip stores nothing.
 * Without an engine or a database (the accepted tip: TipIntakeApiTest).
 */
@WebMvcTest(TipController.class)
@Import(WebSliceConfiguration.class)
class TipValidationSliceTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @MockitoBean
  IntakeService intake;

  static Stream<Arguments> invalidTips() {
    return Stream.of(
        Arguments.of("source", aTip().without("source")),
        Arguments.of("source", aTip().with("source", "EMAIL")),
        Arguments.of("externalRef", aTip().with("externalRef", "x".repeat(101))),
        Arguments.of("receivedAt", aTip().without("receivedAt")),
        Arguments.of("receivedAt", aTip().with("receivedAt",
            Instant.now().plus(1, ChronoUnit.HOURS).toString())),
        Arguments.of("receivedAt", aTip().with("receivedAt", "yesterday")),
        Arguments.of("province", aTip().without("province")),
        Arguments.of("province", aTip().with("province", "Atlantis")),
        Arguments.of("summary", aTip().without("summary")),
        Arguments.of("summary", aTip().with("summary", "too short")),
        Arguments.of("summary", aTip().with("summary", "x".repeat(4001))),
        Arguments.of("summary", aTip().with("summary", 12345678901L)),
        Arguments.of("indicators[0]", aTip().with("indicators", List.of("SMUGGLING"))),
        Arguments.of("indicators", aTip().with("indicators", "ONLINE")),
        Arguments.of("identifiers[0].type", aTip().with("identifiers",
            List.of(Map.of("type", "FAX", "value", "02-123-4567")))),
        Arguments.of("identifiers[0].value", aTip().with("identifiers",
            List.of(Map.of("type", "PHONE", "value", " ")))),
        Arguments.of("identifiers[0].value", aTip().with("identifiers",
            List.of(Map.of("type", "PHONE")))),
        Arguments.of("colour", aTip().with("colour", "red")));
  }

  @AfterEach
  void nothingReachedTheService() {
    verify(intake, never()).receive(any(), any());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidTips")
  void refusesAnInvalidFieldNamingItInThaiAndEnglish(String field, TipRequests tip)
      throws Exception {
    postRaw(json.writeValueAsString(tip.build()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(field)))
        .andExpect(jsonPath("$.errors[*].message", Matchers.everyItem(Matchers.not(""))))
        .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].messageTh",
            Matchers.everyItem(Matchers.not(Matchers.emptyOrNullString()))))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.titleTh").isNotEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "[]", "\"tip\"", "null", "{\"source\": HOTLINE}"})
  void refusesABodyThatIsNotATipObject(String body) throws Exception {
    postRaw(body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").isNotEmpty())
        .andExpect(jsonPath("$.errors[0].messageTh").isNotEmpty());
  }

  @ParameterizedTest
  @ValueSource(ints = {70_000, 2_000_000})
  void refusesAnOversizeBody(int size) throws Exception {
    String body = json.writeValueAsString(aTip().with("summary", "x".repeat(size)).build());

    postRaw(body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"))
        .andExpect(jsonPath("$.errors[0].messageTh").isNotEmpty());
  }

  private ResultActions postRaw(String body) throws Exception {
    return mvc.perform(post("/api/tips").with(user("rtp-atpd.officer").authorities(
            () -> "rtp-atpd"))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }
}
