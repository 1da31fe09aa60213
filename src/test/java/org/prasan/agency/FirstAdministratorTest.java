package org.prasan.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.prasan.PrasanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Without demo users (the mariadb profile unless PRASAN_DEMO=true), the first administrator
 * comes from PRASAN_ADMIN_USER and PRASAN_ADMIN_PASSWORD, or the application does not start.
 */
class FirstAdministratorTest {

  private static final String PASSWORD = "a-long-enough-secret";

  /** One H2 database for the starts of a test, so a second start finds the first's users. */
  private final String database = "jdbc:h2:mem:first-admin-" + UUID.randomUUID()
      + ";DB_CLOSE_DELAY=-1";

  private ConfigurableApplicationContext start(String... settings) {
    List<String> arguments = new ArrayList<>(List.of("--prasan.demo.enabled=false",
        "--server.port=0", "--camunda.bpm.auto-deployment-enabled=false",
        "--spring.datasource.url=" + database));
    arguments.addAll(List.of(settings));
    return new SpringApplicationBuilder(PrasanApplication.class).profiles("test")
        .run(arguments.toArray(String[]::new));
  }

  private ConfigurableApplicationContext startWithAdministrator() {
    return start("--prasan.admin.user=chief", "--prasan.admin.password=" + PASSWORD);
  }

  @Test
  void refusesToStartWithoutAnAdministratorAndNamesTheVariablesToSet() {
    assertThatThrownBy(this::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No administrator: set PRASAN_ADMIN_USER and "
            + "PRASAN_ADMIN_PASSWORD (at least 12 characters) to create the first one");
  }

  @Test
  void refusesAShortPassword() {
    assertThatThrownBy(() -> start("--prasan.admin.user=chief", "--prasan.admin.password=demo"))
        .hasMessage("PRASAN_ADMIN_PASSWORD must have at least 12 characters to create "
            + "administrator 'chief'.");
  }

  @Test
  void createsTheAdministratorInCamundaAdminAndNoDemoUsers() {
    try (ConfigurableApplicationContext application = startWithAdministrator()) {
      IdentityService identity = application.getBean(IdentityService.class);

      assertThat(identity.checkPassword("chief", PASSWORD)).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
          .extracting(User::getId).containsExactly("chief");
      assertThat(identity.createUserQuery().count()).isEqualTo(1);
    }
  }

  @Test
  void keepsAPasswordChangedSinceAndStartsWithoutTheVariablesOnceAnAdministratorExists() {
    try (ConfigurableApplicationContext first = startWithAdministrator()) {
      IdentityService identity = first.getBean(IdentityService.class);
      User chief = identity.createUserQuery().userId("chief").singleResult();
      chief.setPassword("changed-in-the-admin-webapp");
      identity.saveUser(chief);
    }

    try (ConfigurableApplicationContext again = startWithAdministrator()) {
      assertThat(again.getBean(IdentityService.class)
          .checkPassword("chief", "changed-in-the-admin-webapp")).isTrue();
    }
    try (ConfigurableApplicationContext withoutVariables = start()) {
      assertThat(withoutVariables.getBean(IdentityService.class).createUserQuery()
          .memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
    }
  }
}
