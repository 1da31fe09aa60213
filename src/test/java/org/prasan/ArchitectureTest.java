package org.prasan;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which package may use which, the picture the README's folder map draws. Lower packages never
 * use higher ones: {@code system} (the technical ground: errors, clock, engine access,
 * security) uses no other; {@code agency} (the registry, groups and the acting user) none but
 * system; {@code casefile} (the case record, its id, lock and access decision) none but those
 * two; every feature stands on them, and read models ({@code caseview}, {@code dashboard})
 * stand on features. No two packages use each other, however indirectly.
 */
class ArchitectureTest {

  static final String ROOT = "org.prasan";

  /** Each package and the packages of ours it may use (besides itself). */
  static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

  static {
    MAY_USE.put("system", List.of());
    MAY_USE.put("agency", List.of("system"));
    MAY_USE.put("notification", List.of("casefile", "system"));
    MAY_USE.put("casefile", List.of("agency", "system"));
    MAY_USE.put("charging", List.of("casefile"));
    MAY_USE.put("investigation", List.of("casefile", "system"));
    MAY_USE.put("litigation", List.of("casefile"));
    MAY_USE.put("sla", List.of("casefile", "agency", "system"));
    MAY_USE.put("escalation", List.of("sla", "notification", "casefile", "agency", "system"));
    MAY_USE.put("deconfliction", List.of("notification", "casefile", "agency", "system"));
    MAY_USE.put("intake", List.of("deconfliction", "casefile", "agency", "system"));
    MAY_USE.put("claims", List.of("intake", "notification", "casefile", "agency", "system"));
    MAY_USE.put("evidence", List.of("casefile", "agency", "system"));
    MAY_USE.put("victim", List.of("casefile", "agency", "system"));
    MAY_USE.put("audit", List.of("casefile", "agency", "system"));
    MAY_USE.put("screening", List.of("intake", "deconfliction", "victim", "casefile", "agency",
        "system"));
    MAY_USE.put("caseview", List.of("claims", "deconfliction", "casefile", "agency", "system"));
    MAY_USE.put("dashboard", List.of("escalation", "sla", "claims", "notification", "casefile",
        "agency", "system"));
    MAY_USE.put("modellint", List.of("sla", "agency", "system"));
    MAY_USE.put("models", List.of("modellint", "sla", "casefile", "agency", "system"));
    MAY_USE.put("statistics", List.of("sla", "casefile", "agency", "system"));
    MAY_USE.put("casepage", List.of("caseview", "sla", "evidence", "victim", "audit",
        "casefile", "agency", "system"));
  }

  private static JavaClasses prasan;

  @BeforeAll
  static void importMainClasses() {
    prasan = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() {
    MAY_USE.forEach((pkg, allowed) -> {
      String[] ours = Stream.concat(Stream.of(pkg), allowed.stream())
          .map(name -> ROOT + "." + name + "..").toArray(String[]::new);
      classes().that().resideInAPackage(ROOT + "." + pkg + "..")
          .should().onlyDependOnClassesThat(not(resideInAPackage(ROOT + ".."))
              .or(resideInAnyPackage(ours)))
          .because(pkg + " may use " + (allowed.isEmpty() ? "none of our packages" : allowed))
          .check(prasan);
    });
  }

  @Test
  void everyPackageHasItsPlaceInThePicture() {
    classes().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(ROOT)
        .should().resideInAnyPackage(MAY_USE.keySet().stream()
            .map(name -> ROOT + "." + name + "..").toArray(String[]::new))
        .because("a new package gets its line in MAY_USE and in the README's folder map")
        .check(prasan);
  }

  @Test
  void noPackagesUseEachOther() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(prasan);
  }
}
