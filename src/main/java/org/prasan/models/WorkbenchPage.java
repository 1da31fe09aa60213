package org.prasan.models;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /models}: the model workbench, a static page under {@code static/models/} whose
 * editors (bpmn-js with the Camunda 7 properties panel, dmn-js, the form-js editor) are served
 * from {@code /models/vendor/}, built from npm into the jar. It works with the Camunda
 * webapps' login, as the dashboard does. The redirect gives the page a trailing slash, so its
 * relative links resolve under it.
 */
@Controller
public class WorkbenchPage {

  @GetMapping("/models")
  public String redirect() {
    return "redirect:/models/";
  }

  @GetMapping("/models/")
  public String page() {
    return "forward:/models/index.html";
  }
}
