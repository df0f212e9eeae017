package org.deptbot.bot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

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

  /** The engine every feature and adapter builds on: the conversation engine and delivery. */
  private static final String[] ENGINE = {"org.deptbot.bot.chat..", "org.deptbot.bot.delivery.."};

  @ArchTest
  static final ArchRule botPackagesAreFreeOfCycles =
      slices().matching("org.deptbot.bot.(*)..").should().beFreeOfCycles();

  /**
   * A feature (notices, reports, tips, …) or adapter (telegram, discord, training) uses the engine,
   * core and its own classes, never another feature's: a feature can be changed or removed without
   * touching the others. The engine itself depends on no feature.
   */
  @ArchTest
  static final ArchRule featuresDependOnlyOnTheEngineCoreAndThemselves =
      slices()
          .matching("org.deptbot.bot.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              DescribedPredicate.alwaysTrue(), resideInAnyPackage(ENGINE).as("the engine"));

  /**
   * Each package's beans are {@code @Bean} methods of its own {@code @Configuration}, never
   * annotated components found by scanning: what a feature adds to the bot reads in one place.
   * Scanning finds only those configurations and the web endpoints ({@code @RestController}). The
   * application's own package (start-up) is left out.
   */
  @ArchTest
  static final ArchRule featuresAreWiredInTheirConfigurationNotByScanning =
      noClasses()
          .that()
          .resideInAPackage("org.deptbot.bot..")
          .and()
          .resideOutsideOfPackage("org.deptbot.bot")
          .should()
          .beAnnotatedWith(Component.class)
          .orShould()
          .beAnnotatedWith(Service.class)
          .orShould()
          .beAnnotatedWith(Repository.class);
}
