package org.prasan.casefile;

import java.util.Optional;
import java.util.Set;
import org.prasan.system.Bilingual;

/**
 * Something of a case an {@code /api} path names by its own id ({@code {exhibitId}},
 * {@code {victimRef}}): the feature that keeps it says which case it belongs to, and
 * {@link CaseAccess} decides on that case. A bean of each kind.
 */
public interface CaseResources {

  /** The path variable that names it. */
  String pathVariable();

  /** Its case and the agencies holding it (an exhibit's holder), or empty when none. */
  Optional<Owner> ownerOf(String id);

  /** "No exhibit EXH-000123", for the missing and for those who may not see it alike. */
  Bilingual notFound(String id);

  /** The case a resource belongs to, and who holds it. */
  record Owner(CaseId caseId, Set<String> holders) {

    public Owner {
      holders = Set.copyOf(holders);
    }
  }
}
