package org.prasan.agency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code PRASAN_ADMIN_USER} and {@code PRASAN_ADMIN_PASSWORD}
 * ({@code prasan.admin.*}); both empty when not given.
 */
@ConfigurationProperties("prasan.admin")
public record AdministratorProperties(String user, String password) {

  boolean given() {
    return !isBlank(user) || !isBlank(password);
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
