package org.prasan.statistics;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /statistics}: the static page under {@code static/statistics/}, which reads its
 * figures from {@code /api/statistics} with the Camunda webapps' session (or logs in through
 * their login), as the dashboard does.
 */
@Controller
public class StatisticsPage {

  @GetMapping("/statistics")
  public String redirect() {
    return "redirect:/statistics/";
  }

  @GetMapping("/statistics/")
  public String page() {
    return "forward:/statistics/index.html";
  }
}
