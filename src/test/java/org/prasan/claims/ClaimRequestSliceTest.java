package org.prasan.claims;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the claim endpoint refuses before a claim is taken (a malformed or unknown agency, a
 * short basis, a malformed case id: 400 naming the field in Thai and English; an officer
 * claiming for another agency: 403), and how it answers a new and a repeated claim: without
 * an engine or a database (the claim itself: ClaimServiceTest, ClaimApiTest).
 */
@WebMvcTest(ClaimController.class)
@Import(WebSliceConfiguration.class)
class ClaimRequestSliceTest {

  private static final String CASE = "TIP-2026-000077";
  private static final String BASIS = "Victims were moved across three provinces";

  @Autowired
  MockMvc mvc;
  @MockitoBean
  ClaimService claims;
  @MockitoBean
  AgencyRegistry agencies;

  @BeforeEach
  void dsiAndTheCoordinatorAreRegistered() {
    when(agencies.isAgency("dsi")).thenReturn(true);
    when(agencies.isAgency(AgencyRegistry.COORDINATOR)).thenReturn(true);
  }

  static Stream<Arguments> invalidClaims() {
    return Stream.of(
        Arguments.of("agency", "{\"basis\": \"" + BASIS + "\"}"),
        Arguments.of("agency", "{\"agency\": \"DSI\", \"basis\": \"" + BASIS + "\"}"),
        Arguments.of("agency", "{\"agency\": \"" + "a".repeat(65) + "\", \"basis\": \""
            + BASIS + "\"}"),
        Arguments.of("agency", "{\"agency\": \"nowhere\", \"basis\": \"" + BASIS + "\"}"),
        Arguments.of("agency", "{\"agency\": \"" + AgencyRegistry.COORDINATOR
            + "\", \"basis\": \"" + BASIS + "\"}"),
        Arguments.of("basis", "{\"agency\": \"dsi\"}"),
        Arguments.of("basis", "{\"agency\": \"dsi\", \"basis\": \"too short\"}"),
        Arguments.of("basis", "{\"agency\": \"dsi\", \"basis\": \"" + "x".repeat(2001) + "\"}"),
        Arguments.of("basis", "{\"agency\": \"dsi\", \"basis\": 12345678901}"),
        Arguments.of("colour", "{\"agency\": \"dsi\", \"basis\": \"" + BASIS
            + "\", \"colour\": \"red\"}"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidClaims")
  void refusesAnInvalidClaimNamingTheFieldInThaiAndEnglish(String field, String body)
      throws Exception {
    claim(CASE, "dsi", body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(field)))
        .andExpect(jsonPath("$.errors[*].message",
            Matchers.everyItem(Matchers.not(Matchers.emptyOrNullString()))))
        .andExpect(jsonPath("$.errors[*].messageTh",
            Matchers.everyItem(Matchers.not(Matchers.emptyOrNullString()))));
    verify(claims, never()).claim(anyString(), anyString(), anyString(), anyString());
  }

  @Test
  void aMalformedCaseIdIsNamed() throws Exception {
    claim("TIP-26-1", "dsi", "{\"agency\": \"dsi\", \"basis\": \"" + BASIS + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("caseId"))
        .andExpect(jsonPath("$.errors[0].messageTh").isNotEmpty());
    verify(claims, never()).claim(anyString(), anyString(), anyString(), anyString());
  }

  @Test
  void anOfficerMayClaimOnlyForTheirOwnAgency() throws Exception {
    claim(CASE, "rtp-atpd", "{\"agency\": \"dsi\", \"basis\": \"" + BASIS + "\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.titleTh").isNotEmpty());
    verify(claims, never()).claim(anyString(), anyString(), anyString(), anyString());
  }

  @Test
  void aNewClaimIsCreatedAndARepeatedOneAnsweredAsItIs() throws Exception {
    Claim taken = new Claim(9, CASE, "dsi", BASIS, ClaimStatus.PENDING, null, "dsi.officer",
        Instant.parse("2026-12-01T02:00:00Z"));
    String body = "{\"agency\": \"dsi\", \"basis\": \"  " + BASIS + " \"}";
    when(claims.claim(CASE, "dsi", BASIS, "dsi.officer"))
        .thenReturn(new ClaimService.ClaimTaken(taken, true))
        .thenReturn(new ClaimService.ClaimTaken(taken, false));

    claim(CASE, "dsi", body)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/cases/" + CASE + "/claims/9"))
        .andExpect(jsonPath("$.status").value("PENDING"));
    claim(CASE, "dsi", body)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.claimId").value(9));
  }

  private ResultActions claim(String caseId, String agencyOfCaller, String body)
      throws Exception {
    return mvc.perform(post("/api/cases/" + caseId + "/claims")
        .with(user(agencyOfCaller + ".officer").authorities(() -> agencyOfCaller))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }
}
