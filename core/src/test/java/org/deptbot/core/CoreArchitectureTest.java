package org.deptbot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is the shared domain: no chat SDK, no web, and it never reaches into a runnable. */
@AnalyzeClasses(packages = "org.deptbot.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDoesNotDependOnTheRunnables =
      noClasses()
          .that()
          .resideInAPackage("org.deptbot.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.deptbot.bot..", "org.deptbot.admin..");

  @ArchTest
  static final ArchRule coreHasNoChatSdkOrWebTypes =
      noClasses()
          .that()
          .resideInAPackage("org.deptbot.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.telegram..",
              "net.dv8tion..",
              "org.springframework.web..",
              "jakarta.servlet..",
              "org.springframework.security.web..");

  /**
   * No two packages of core need each other, directly or through others: each can be read, changed
   * and tested with only what it builds on (templates before notices, channels before delivery).
   * The classes directly in {@code org.deptbot.core} (the wiring, the shared refusal) belong to no
   * package here.
   */
  @ArchTest
  static final ArchRule corePackagesAreFreeOfCycles =
      slices().matching("org.deptbot.core.(*)..").should().beFreeOfCycles();
}
