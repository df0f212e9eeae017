package org.deptbot.admin;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.context.annotation.Bean;

/**
 * The console never holds chat tokens or talks to chat platforms, and never uses the bot; its own
 * classes are wired one way (docs/architecture.md, "Wiring").
 */
@AnalyzeClasses(packages = "org.deptbot", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminArchitectureTest {

  @ArchTest
  static final ArchRule theConsoleNeverUsesTheBotOrAChatSdk =
      noClasses()
          .that()
          .resideInAPackage("org.deptbot.admin..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.deptbot.bot..", "org.telegram..", "net.dv8tion..");

  @ArchTest
  static final ArchRule coreNeverUsesTheConsole =
      noClasses()
          .that()
          .resideInAPackage("org.deptbot.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.deptbot.admin..");

  /**
   * The console's own classes are found by scanning (controllers, components); a {@code @Bean}
   * method only makes something of core's or a library's. So a class is never wired twice, or in
   * two different ways.
   */
  @ArchTest
  static final ArchRule theConsolesOwnClassesAreComponentsNotBeanMethods =
      noMethods()
          .that()
          .areAnnotatedWith(Bean.class)
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.deptbot.admin..")
          .should()
          .haveRawReturnType(resideInAPackage("org.deptbot.admin.."));
}
