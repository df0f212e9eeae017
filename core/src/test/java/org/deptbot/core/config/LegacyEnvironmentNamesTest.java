package org.deptbot.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLog;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class LegacyEnvironmentNamesTest {

  @Test
  void anOldNameStillSetsItsPropertyAndSaysWhichNameToUseInstead() {
    var environment = environmentWith(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"));

    List<String> warnings = process(environment);

    assertThat(environment.getProperty("deptbot.telegram.token")).isEqualTo("123:abc");
    assertThat(warnings)
        .containsExactly(
            "TELEGRAM_BOT_TOKEN is an old name and will stop working in a later release: use"
                + " DEPTBOT_TELEGRAM_TOKEN");
  }

  @Test
  void theEmergencyReviewTimeIsReadFromItsShortNameWithoutAWarningAndFromTheOldOneWithOne() {
    var environment = environmentWith(Map.of("DEPTBOT_EMERGENCY_REVIEW_WITHIN", "45m"));
    assertThat(process(environment)).isEmpty();
    assertThat(environment.getProperty("deptbot.notices.emergency-review-within")).isEqualTo("45m");

    var old = environmentWith(Map.of("EMERGENCY_REVIEW_WITHIN", "20m"));
    assertThat(process(old))
        .containsExactly(
            "EMERGENCY_REVIEW_WITHIN is an old name and will stop working in a later release: use"
                + " DEPTBOT_NOTICES_EMERGENCY_REVIEW_WITHIN");
    assertThat(old.getProperty("deptbot.notices.emergency-review-within")).isEqualTo("20m");
  }

  @Test
  void theNewNameWinsOverTheOldOneAndTheOldOneIsReportedAsIgnored() {
    var environment =
        environmentWith(Map.of("REPORTS_PER_HOUR", "9", "DEPTBOT_REPORTS_PER_HOUR", "3"));

    List<String> warnings = process(environment);

    assertThat(environment.getProperty("deptbot.reports.per-hour")).isEqualTo("3");
    assertThat(warnings)
        .containsExactly(
            "REPORTS_PER_HOUR is ignored: DEPTBOT_REPORTS_PER_HOUR is set too, and wins.");
  }

  @Test
  void anOldNameBeatsTheFilesDefaultButNotACommandLineArgument() {
    var environment = environmentWith(Map.of("BOT_SEED_FILE", "examples/seed.yml"));
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("application.yml", Map.of("deptbot.seed-file", "")));
    process(environment);
    assertThat(environment.getProperty("deptbot.seed-file")).isEqualTo("examples/seed.yml");

    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("commandLineArgs", Map.of("deptbot.seed-file", "x.yml")));
    assertThat(environment.getProperty("deptbot.seed-file")).isEqualTo("x.yml");
  }

  @Test
  void mongodbUriIsReadWithoutAWarningAndTheFirstOfTwoOldNamesWins() {
    var environment =
        environmentWith(
            Map.of(
                "MONGODB_URI", "mongodb://db:27017",
                "BOT_HTTP_PORT", "9001",
                "TRAINING_PORT", "9002"));

    List<String> warnings = process(environment);

    assertThat(environment.getProperty("deptbot.storage.mongodb-uri"))
        .isEqualTo("mongodb://db:27017");
    assertThat(environment.getProperty("deptbot.bot.http-port")).isEqualTo("9001");
    assertThat(warnings)
        .noneMatch(w -> w.startsWith("MONGODB_URI"))
        .contains("TRAINING_PORT is ignored: another old name for DEPTBOT_BOT_HTTP_PORT is set.");
  }

  @Test
  void everyOldNameMapsToADeptbotPropertyWhoseVariableDiffers() {
    LegacyEnvironmentNames.NAMES.forEach(
        (old, property) -> {
          assertThat(property).startsWith("deptbot.");
          assertThat(LegacyEnvironmentNames.variableOf(property))
              .startsWith("DEPTBOT_")
              .isNotEqualTo(old);
        });
    assertThat(LegacyEnvironmentNames.variableOf("deptbot.telegram.webhook-secret"))
        .isEqualTo("DEPTBOT_TELEGRAM_WEBHOOK_SECRET");
  }

  private static StandardEnvironment environmentWith(Map<String, Object> variables) {
    var environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new HashMap<>(variables)));
    return environment;
  }

  /** Runs the post-processor; returns what it logged. */
  private static List<String> process(StandardEnvironment environment) {
    List<String> logged = new ArrayList<>();
    Log recording =
        new DeferredLog() {
          @Override
          public void warn(Object message) {
            logged.add(String.valueOf(message));
          }
        };
    new LegacyEnvironmentNames(destination -> recording)
        .postProcessEnvironment(environment, new SpringApplication());
    return logged;
  }
}
