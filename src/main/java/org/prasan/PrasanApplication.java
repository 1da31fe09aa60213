package org.prasan;

import org.prasan.modellint.LintCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PrasanApplication {

  public static void main(String[] args) {
    if (LintCommand.isLint(args)) {
      System.exit(LintCommand.main(args));
    }
    SpringApplication.run(PrasanApplication.class, args);
  }
}
