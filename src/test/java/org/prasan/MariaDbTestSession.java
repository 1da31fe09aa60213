package org.prasan;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Drops this run's MariaDB databases when the test run ends (registered in
 * {@code META-INF/services}). A run that is killed leaves them behind: their names start with
 * {@code prasan_it_}.
 */
public class MariaDbTestSession implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    MariaDbTestDatabase.dropAll();
  }
}
