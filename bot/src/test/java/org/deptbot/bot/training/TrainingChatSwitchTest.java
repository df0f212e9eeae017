package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The training chat's personas act as internal affairs and ADMIN with no sign-in: it starts only on
 * a loopback address unless forced, and says so when it does not.
 */
@ExtendWith(OutputCaptureExtension.class)
class TrainingChatSwitchTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(TrainingPart.class, TrainingChatRefusal.class)
          .withPropertyValues("deptbot.training.enabled=on");

  @Test
  void startsOnLoopback() {
    runner
        .withPropertyValues("server.address=127.0.0.1")
        .run(context -> assertThat(context).hasSingleBean(Marker.class));
    runner
        .withPropertyValues("server.address=::1")
        .run(context -> assertThat(context).hasSingleBean(Marker.class));
  }

  @Test
  void refusesEveryOtherAddressAndSaysWhy(CapturedOutput output) {
    runner
        .withPropertyValues("server.address=0.0.0.0")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(Marker.class);
            });
    assertThat(output)
        .contains("Training chat not started")
        .contains("DEPTBOT_TRAINING_ALLOW_NON_LOOPBACK");
  }

  @Test
  void refusesAnUnsetAddressWhichMeansEveryInterface() {
    runner.run(context -> assertThat(context).doesNotHaveBean(Marker.class));
  }

  @Test
  void startsAnywhereWhenForced() {
    runner
        .withPropertyValues("server.address=0.0.0.0", "deptbot.training.allow-non-loopback=true")
        .run(context -> assertThat(context).hasSingleBean(Marker.class));
  }

  @Test
  void staysOffWhenOff() {
    runner
        .withPropertyValues("server.address=127.0.0.1", "deptbot.training.enabled=off")
        .run(context -> assertThat(context).doesNotHaveBean(Marker.class));
  }

  static class Marker {}

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnTrainingChat
  static class TrainingPart {
    @Bean
    Marker marker() {
      return new Marker();
    }
  }
}
