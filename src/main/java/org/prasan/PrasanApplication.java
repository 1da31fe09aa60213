package org.prasan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PrasanApplication {

  public static void main(String[] args) {
    SpringApplication.run(PrasanApplication.class, args);
  }
}
