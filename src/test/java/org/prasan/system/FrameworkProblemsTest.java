package org.prasan.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The framework's own refusals answer in Thai and English like Prasan's, without a context. */
class FrameworkProblemsTest {

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Sample())
      .setControllerAdvice(new ApiProblems(), new FrameworkProblems())
      .build();

  @Test
  void aMethodThePathDoesNotTakeIsA405NamingTheAllowedOnes() throws Exception {
    mvc.perform(post("/framework-sample").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(header().string("Allow", "GET"))
        .andExpect(jsonPath("$.title").value("This path does not take this method"))
        .andExpect(jsonPath("$.titleTh").value("ที่อยู่นี้ไม่รับคำขอแบบนี้"));
  }

  @Test
  void aBodyTypeThePathDoesNotReadIsA415NamingContentType() throws Exception {
    mvc.perform(post("/framework-sample/echo").contentType(MediaType.TEXT_PLAIN).content("x"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.errors[0].field").value("Content-Type"))
        .andExpect(jsonPath("$.titleTh").value("ไม่รับข้อมูลชนิดนี้"));
  }

  @Test
  void aMissingQueryParameterIsA400NamingIt() throws Exception {
    mvc.perform(get("/framework-sample/search"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"))
        .andExpect(jsonPath("$.errors[0].messageTh").value("ต้องระบุ"));
  }

  @RestController
  static class Sample {

    @GetMapping("/framework-sample")
    String sample() {
      return "ok";
    }

    @PostMapping(path = "/framework-sample/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
    String echo(@RequestBody String body) {
      return body;
    }

    @GetMapping("/framework-sample/search")
    String search(@RequestParam String q) {
      return q;
    }
  }
}
