package org.deptbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The whole bot as the README starts it: embedded database, example seed, health endpoint. */
@ExtendWith(OutputCaptureExtension.class)
class BotApplicationIT {

  @TempDir Path dataDir;

  @Test
  void importsTheExampleDepartmentOnceAndKeepsItAcrossARestart(CapturedOutput output)
      throws Exception {
    // GIVEN a first start on an empty data folder with the example seed
    try (var bot = start()) {
      // THEN the department, roster, links and channels are there, and health is UP
      assertThat(bot.getBean(Departments.class).current())
          .hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("Riverton Police Department"));
      var staff = bot.getBean(StaffMembers.class);
      assertThat(staff.all()).hasSize(12);
      assertThat(staff.byId("s-031").orElseThrow().supervisorId()).isEqualTo("s-030");
      assertThat(staff.chainOfCommand().above("s-031"))
          .extracting(m -> m.id())
          .containsExactly("s-030", "s-010", "c-001");
      assertThat(staff.all()).anyMatch(m -> m.acts(Role.INTERNAL_AFFAIRS));
      assertThat(
              bot.getBean(ChatLinks.class).of(new ChatIdentity(ChatPlatform.TELEGRAM, "700000050")))
          .hasValueSatisfying(l -> assertThat(l.staffId()).isEqualTo("s-050"));
      assertThat(bot.getBean(Channels.class).all()).hasSize(4);
      // one approved template per category, and the monthly test message's
      assertThat(bot.getBean(Templates.class).allUsable())
          .extracting(t -> t.key())
          .hasSize(NoticeCategory.values().length + 1)
          .contains("monthly_test");
      assertThat(bot.getBean(Templates.class).allUsable())
          .extracting(t -> t.category())
          .containsOnly(NoticeCategory.values());
      assertThat(bot.getBean(Templates.class).allUsable())
          .allSatisfy(
              t ->
                  assertThat(t.history())
                      .last()
                      .satisfies(e -> assertThat(e.byStaffId()).isEqualTo("s-010")));
      JsonNode health = health(bot);
      assertThat(health.at("/status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/mongo/status").asText()).isEqualTo("UP");
      // AND the unique indexes that keep a case or an update from being stored twice exist, made
      // in the one start-up step before the web server (so health) started
      var mongo = bot.getBean(MongoTemplate.class);
      assertThat(mongo.indexOps("reports").getIndexInfo())
          .anyMatch(i -> i.isUnique() && i.getName().equals("intakeKey_1"));
      assertThat(mongo.indexOps("chat_updates").getIndexInfo())
          .anyMatch(i -> i.isUnique() && i.getName().equals("id_handled"));
      String log = output.getAll();
      assertThat(log).contains("Indexes of ").contains("Tomcat started");
      assertThat(log.indexOf("Indexes of ")).isLessThan(log.indexOf("Tomcat started"));
    }
    assertThat(output).contains("added staff s-031");

    // WHEN the bot starts again on the same folder with the same seed
    int linesBefore = output.getAll().length();
    try (var bot = start()) {
      // THEN nothing is imported again and the data is still there
      assertThat(output.getAll().substring(linesBefore))
          .contains("already imported, nothing changed");
      assertThat(bot.getBean(StaffMembers.class).all()).hasSize(12);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplication(BotApplication.class)
        .run(
            "--deptbot.storage.data-dir=" + dataDir,
            "--deptbot.storage.embedded-port=0",
            "--deptbot.storage.mongodb-uri=",
            "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
            "--server.port=0");
  }

  private static JsonNode health(ConfigurableApplicationContext bot) throws Exception {
    String port = bot.getEnvironment().getProperty("local.server.port");
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
    String body =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    return new ObjectMapper().readTree(body);
  }
}
