package org.deptbot.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of docs/architecture.md, as far as the bot is concerned. */
@AnalyzeClasses(packages = "org.deptbot", importOptions = ImportOption.DoNotIncludeTests.class)
class BotArchitectureTest {

  @ArchTest
  static final ArchRule telegramTypesStayInTheTelegramAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.deptbot.bot.telegram..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.telegram..");

  @ArchTest
  static final ArchRule discordTypesStayInTheDiscordAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.deptbot.bot.discord..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("net.dv8tion..");

  @ArchTest
  static final ArchRule theBotNeverUsesTheAdminConsole =
      noClasses()
          .that()
          .resideInAPackage("org.deptbot.bot..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.deptbot.admin..");

  @ArchTest
  static final ArchRule coreNeverUsesTheBot =
      noClasses()
          .that()
          .resideInAPackage("org.deptbot.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.deptbot.bot..");
}
