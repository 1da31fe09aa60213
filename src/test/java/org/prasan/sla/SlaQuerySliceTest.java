package org.prasan.sla;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prasan.casefile.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The clocks API's query parameters and case id: a limit outside 1..1000, a {@code since} that
 * is not an ISO instant and a malformed case id are 400s naming the parameter in Thai and
 * English; an unknown case is a bilingual 404; without {@code since}, the last 30 days of the
 * engine clock. Without an engine or a database (the clocks themselves: the process tests).
 */
@WebMvcTest(ClocksController.class)
@Import({WebSliceConfiguration.class, SlaQuerySliceTest.FixedClock.class})
class SlaQuerySliceTest {

  private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  @Autowired
  MockMvc mvc;
  @MockitoBean
  CaseClocks caseClocks;
  @MockitoBean
  SlaEvents events;

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "1001", "many"})
  void refusesALimitOutsideOneToAThousand(String limit) throws Exception {
    agencyEvents("?limit=" + limit)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("limit")))
        .andExpect(jsonPath("$.errors[*].messageTh",
            Matchers.everyItem(Matchers.not(Matchers.emptyOrNullString()))));
    verify(events, never()).ofAgency(anyString(), any(), anyInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-13-01T00:00:00Z"})
  void refusesASinceThatIsNotAnInstant(String since) throws Exception {
    agencyEvents("?since=" + since)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("since")))
        .andExpect(jsonPath("$.errors[*].messageTh",
            Matchers.everyItem(Matchers.not(Matchers.emptyOrNullString()))));
    verify(events, never()).ofAgency(anyString(), any(), anyInt());
  }

  @Test
  void withoutSinceTheLastThirtyDaysOfTheEngineClockAreAsked() throws Exception {
    when(events.ofAgency("dsi", Instant.parse("2026-11-01T02:00:00Z"), 100))
        .thenReturn(List.of());

    agencyEvents("").andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
    verify(events).ofAgency("dsi", Instant.parse("2026-11-01T02:00:00Z"), 100);
  }

  @Test
  void aMalformedCaseIdIsNamed() throws Exception {
    clocks("TIP-26-1")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("caseId"))
        .andExpect(jsonPath("$.errors[0].messageTh").isNotEmpty());
    verify(caseClocks, never()).of(anyString());
  }

  @Test
  void anUnknownCaseIsABilingual404() throws Exception {
    when(caseClocks.of("TIP-2026-000404")).thenReturn(Optional.empty());

    clocks("TIP-2026-000404")
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("TIP-2026-000404")))
        .andExpect(jsonPath("$.detailTh").value(Matchers.containsString("TIP-2026-000404")));
  }

  private ResultActions agencyEvents(String query) throws Exception {
    return mvc.perform(get("/api/agencies/dsi/sla-events" + query)
        .with(user("dsi.supervisor").authorities(() -> "dsi", () -> "dsi-sup")));
  }

  private ResultActions clocks(String caseId) throws Exception {
    return mvc.perform(get("/api/cases/" + caseId + "/clocks")
        .with(user("dsi.officer").authorities(() -> "dsi")));
  }

  /** The engine clock, fixed: the default window is computed from it. */
  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }
}
