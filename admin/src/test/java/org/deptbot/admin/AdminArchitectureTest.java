package org.deptbot.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The console never holds chat tokens or talks to chat platforms, and never uses the bot. */
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
}
