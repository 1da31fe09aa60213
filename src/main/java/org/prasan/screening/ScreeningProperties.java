package org.prasan.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Mass screening ({@code prasan.screening}, README "Mass screening").
 *
 * @param hold the Anti-TIP Act s.29 hold from a person's reception (24 h)
 * @param maxHold the longest a court may extend the hold to, from reception (7 days)
 * @param checkFallbackAfter how long an agency system has to take a status or warrant check
 *     before it becomes a task for the agency's officers
 * @param maxListSize the largest handover list accepted in one request
 * @param maxRows the most rows in one list
 * @param syncRows lists of at most this many rows are imported during the request (200 with
 *     the finished import); longer ones in the background (202)
 * @param importThreads threads importing lists at once; a few, the machine is shared
 * @param importQueue lists waiting for a thread; more are refused (409) until one finishes
 * @param startBatch processes started per transaction after an import
 * @param startThreads transactions starting processes at once (2: one prepares its batch
 *     while MariaDB stores the other's)
 * @param pageSize people per page of the people list
 * @param checkUsers the agencies' system users that fetch the status and warrant checks
 * @param petitionBefore the one court-extension petition for all who cannot be screened in
 *     time is raised this long before the first of their holds ends (6 h, policy)
 * @param noInterpreter languages the screening teams speak themselves (Thai)
 * @param sites each site's capacity, by site (province) as operations name it; unknown sites
 *     get {@code defaultSite}
 */
@ConfigurationProperties("prasan.screening")
public record ScreeningProperties(Duration hold, Duration maxHold, Duration checkFallbackAfter,
                                  DataSize maxListSize, int maxRows, int syncRows,
                                  int importThreads, int importQueue, int startBatch,
                                  int startThreads,
                                  int pageSize, java.util.List<String> checkUsers,
                                  Duration petitionBefore, java.util.Set<String> noInterpreter,
                                  java.util.Map<String, Site> sites, Site defaultSite) {

  public ScreeningProperties {
    hold = hold == null ? Duration.ofHours(24) : hold;
    maxHold = maxHold == null ? Duration.ofDays(7) : maxHold;
    checkFallbackAfter = checkFallbackAfter == null ? Duration.ofHours(2) : checkFallbackAfter;
    maxListSize = maxListSize == null ? DataSize.ofMegabytes(16) : maxListSize;
    maxRows = maxRows <= 0 ? 20_000 : maxRows;
    syncRows = Math.max(syncRows, 0);
    importThreads = importThreads <= 0 ? 1 : importThreads;
    importQueue = importQueue <= 0 ? 4 : importQueue;
    startBatch = startBatch <= 0 ? 200 : startBatch;
    startThreads = startThreads <= 0 ? 2 : startThreads;
    pageSize = pageSize <= 0 ? 100 : pageSize;
    checkUsers = checkUsers == null ? java.util.List.of() : java.util.List.copyOf(checkUsers);
    petitionBefore = petitionBefore == null ? Duration.ofHours(6) : petitionBefore;
    noInterpreter = noInterpreter == null ? java.util.Set.of("th")
        : java.util.Set.copyOf(noInterpreter);
    sites = sites == null ? java.util.Map.of() : java.util.Map.copyOf(sites);
    defaultSite = defaultSite == null ? new Site(500, 16, java.util.Map.of()) : defaultSite;
  }

  /** The site's capacity: the operation's site, else the default. */
  public Site site(String name) {
    return sites.getOrDefault(name, defaultSite);
  }

  /**
   * A screening site's capacity.
   *
   * @param screeningsPerDay people the site screens a day (Mae Sot 2025: 500)
   * @param screeningsPerInterpreterPerDay people one interpreter can screen a day
   * @param interpreters interpreters at the site, by ISO 639 language
   */
  public record Site(int screeningsPerDay, int screeningsPerInterpreterPerDay,
                     java.util.Map<String, Integer> interpreters) {

    public Site {
      screeningsPerDay = screeningsPerDay <= 0 ? 500 : screeningsPerDay;
      screeningsPerInterpreterPerDay = screeningsPerInterpreterPerDay <= 0 ? 16
          : screeningsPerInterpreterPerDay;
      interpreters = interpreters == null ? java.util.Map.of()
          : java.util.Map.copyOf(interpreters);
    }
  }
}
