package org.deptbot.admin.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An administrator sets a channel's language on the channel page: each of the department's
 * languages by name, or all languages in one post. The stored channel (which the bot's posts go by)
 * carries it, the audit log has it with what it was before, and a notice to a channel set to every
 * language is measured as that combined post. A department posting in one language shows no such
 * field, and a change without one keeps the channel's language.
 */
@ConsoleIntegrationTest
class ChannelLanguageIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Channels channels;
  @Autowired Departments departments;
  @Autowired Templates templates;
  @Autowired AuditLog audit;
  @Autowired MongoTemplate mongo;
  private Department before;

  @BeforeEach
  void setUp() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("cl-admin", Role.ADMIN);
    people.add("cl-disp", Role.DISPATCHER);
    before = departments.current().orElse(null);
    speaking(List.of("en", "es"));
  }

  /** The context is shared: leave the department and the channels as other tests expect them. */
  @AfterEach
  void restore() {
    if (before != null) {
      departments.save(before);
    } else {
      mongo.remove(
          Query.query(Criteria.where("_id").is(Department.SINGLETON_ID)), Department.class);
    }
    mongo.remove(Query.query(Criteria.where("_id").regex("^cl-")), Channel.class);
  }

  @Test
  void theLanguagePickedOnThePageIsTheOneTheChannelPostsInAndIsAudited() throws Exception {
    String page = page("/channels");
    assertThat(page)
        .contains("Language of its posts", "id=\"language\"")
        .contains("<option value=\"en\"", ">English</option>")
        .contains("<option value=\"es\"", ">Spanish</option>")
        .contains("<option value=\"all\"", ">All languages in one post</option>");

    save("cl-tg", "es").andExpect(status().is3xxRedirection());
    assertThat(channels.byId("cl-tg").orElseThrow().language()).isEqualTo("es");
    assertThat(page("/channels?edit=cl-tg")).contains("<option value=\"es\" selected=\"selected\"");

    save("cl-tg", "all").andExpect(status().is3xxRedirection());
    Channel all = channels.byId("cl-tg").orElseThrow();
    assertThat(all.postsEveryLanguage()).isTrue();

    List<AuditEntry> entries = audit.about("channel:cl-tg");
    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly("channel.added", "channel.updated");
    assertThat(entries.get(0).details()).containsEntry("language", "es");
    assertThat(entries.get(1).actor()).isEqualTo("cl-admin");
    assertThat(entries.get(1).details())
        .containsEntry("language_before", "es")
        .containsEntry("language", "all");

    // saved again as it is: nothing changes, nothing is audited
    save("cl-tg", "all").andExpect(status().is3xxRedirection());
    assertThat(audit.about("channel:cl-tg")).hasSize(2);
  }

  @Test
  void aNoticeToAChannelSetToEveryLanguageIsMeasuredAsTheCombinedPost() throws Exception {
    Template template = longTemplate();
    save("cl-every", "all").andExpect(status().is3xxRedirection());

    String refused =
        issue(template, "cl-every")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("Nothing was posted")
        .contains("Alerts cl-every: every language in one post");
    long notices = fromTemplate(template);

    save("cl-every", "es").andExpect(status().is3xxRedirection());
    issue(template, "cl-every").andExpect(status().is3xxRedirection());
    assertThat(fromTemplate(template)).isEqualTo(notices + 1);
  }

  @Test
  void aLanguageTheDepartmentDoesNotPostInIsRefusedAndChangesNothing() throws Exception {
    save("cl-fr", "es").andExpect(status().is3xxRedirection());

    save("cl-fr", "fr")
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "problem",
                    "Pick one of the department's languages, or all languages in one post."));
    assertThat(channels.byId("cl-fr").orElseThrow().language()).isEqualTo("es");
    assertThat(audit.about("channel:cl-fr")).hasSize(1);
  }

  @Test
  void aDepartmentWithOneLanguageShowsNoFieldAndAChangeKeepsTheChannelsLanguage() throws Exception {
    channels.save(
        new Channel(
            "cl-seeded",
            ChatPlatform.TELEGRAM,
            "-1007700000001",
            "Seeded",
            Set.of(NoticeCategory.ROAD_CLOSURE),
            Channel.ALL));
    speaking(List.of("en"));

    assertThat(page("/channels?edit=cl-seeded"))
        .doesNotContain("id=\"language\"", "Language of its posts");
    mvc.perform(
            post("/channels")
                .with(user("cl-admin"))
                .with(csrf())
                .param("id", "cl-seeded")
                .param("platform", "TELEGRAM")
                .param("chatId", "-1007700000001")
                .param("name", "Seeded")
                .param("categories", "ROAD_CLOSURE", "WEATHER_EMERGENCY"))
        .andExpect(status().is3xxRedirection());
    Channel changed = channels.byId("cl-seeded").orElseThrow();
    assertThat(changed.categories()).contains(NoticeCategory.WEATHER_EMERGENCY);
    assertThat(changed.language()).isEqualTo(Channel.ALL);
  }

  @Test
  void theApiSetsTheLanguageAndABodyWithoutOneKeepsIt() throws Exception {
    String body =
        "{\"platform\":\"DISCORD\",\"chatId\":\"123456789012345678\",\"name\":\"Discord alerts\","
            + "\"categories\":[\"ROAD_CLOSURE\"]%s}";
    mvc.perform(api("cl-api", body.formatted(",\"language\":\"all\"")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.language").value("all"));
    mvc.perform(api("cl-api", body.formatted("")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.language").value("all"));
    mvc.perform(api("cl-api", body.formatted(",\"language\":\"de\"")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("Pick one of the department's languages, or all languages in one post."));
    assertThat(channels.byId("cl-api").orElseThrow().language()).isEqualTo(Channel.ALL);
  }

  private void speaking(List<String> languages) {
    Department department =
        before == null
            ? Department.of("Riverton Police Department", "Non-emergency 555-0100", null, null)
            : before;
    departments.save(department.withLanguages(languages));
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(user("cl-admin")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The channel form as the page sends it: a Telegram channel taking road closures. */
  private ResultActions save(String id, String language) throws Exception {
    return mvc.perform(
        post("/channels")
            .with(user("cl-admin"))
            .with(csrf())
            .param("id", id)
            .param("platform", "TELEGRAM")
            .param("chatId", "-100" + Math.abs(id.hashCode()))
            .param("name", "Alerts " + id)
            .param("categories", "ROAD_CLOSURE")
            .param("language", language));
  }

  private org.springframework.test.web.servlet.RequestBuilder api(String id, String json) {
    return put("/api/v1/channels/" + id)
        .with(user("cl-admin"))
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  /** A template whose English and Spanish each fit Telegram alone, but not together. */
  private Template longTemplate() {
    Instant now = Instant.now();
    return templates
        .usable("cl_long")
        .orElseGet(
            () ->
                templates.add(
                    Template.draft(
                            "cl_long",
                            NoticeCategory.ROAD_CLOSURE,
                            "Closed: {{street}}",
                            "{{street}} is closed. " + "Detours are signposted. ".repeat(100),
                            List.of(
                                TemplateVariable.required(
                                    "street", "Street", VariableType.LOCATION)),
                            Severity.MINOR,
                            Urgency.EXPECTED,
                            Duration.ofHours(2),
                            List.of(),
                            "cl-a",
                            now)
                        .withWordings(
                            Map.of(
                                "es",
                                new TemplateWording(
                                    "Cerrada: {{street}}",
                                    "{{street}} está cerrada. "
                                        + "Los desvíos están señalizados. ".repeat(80))))
                        .submit("cl-a", now)
                        .approve("cl-b", null, now)));
  }

  private ResultActions issue(Template template, String target) throws Exception {
    return mvc.perform(
        post("/notices/new/" + template.key())
            .with(user("cl-disp"))
            .with(csrf())
            .param("draftId", UUID.randomUUID().toString())
            .param("v.street", "Cedar Ln")
            .param("targets", target)
            .param("mode", "LIVE")
            .param("issue", "1"));
  }

  private long fromTemplate(Template template) {
    return mongo.count(Query.query(Criteria.where("templateId").is(template.id())), Notice.class);
  }
}
