package org.prasan.screening;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /screenings/?operation=SO-...}: the static page under {@code static/screenings/}, an
 * operation's progress and counts in Thai and English, read from {@code /api/screenings} with
 * the officer's credentials.
 */
@Controller
public class ScreeningPage {

  @GetMapping("/screenings")
  public String redirect() {
    return "redirect:/screenings/";
  }

  @GetMapping("/screenings/")
  public String page() {
    return "forward:/screenings/index.html";
  }
}
