package org.deptbot.admin.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(
    properties = {
      "deptbot.feed.sender=police.riverton.example",
      "deptbot.feed.time-zone=America/Chicago"
    })
@AutoConfigureMockMvc
class NoticeFeedIT {

  private static final String DATABASE = TestMongo.newDatabaseName();

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("spring.data.mongodb.uri", TestMongo::connectionString);
    registry.add("spring.data.mongodb.database", () -> DATABASE);
  }

  @Autowired MockMvc mvc;
  @Autowired Notices notices;
  @Autowired Templates templates;
  @Autowired Departments departments;
  @Autowired NoticePhotos photos;

  @Test
  void theFeedListsLiveNoticesWithoutLoginAndLinksEachToItsCapDocument() throws Exception {
    departments.save(Department.of("Riverton Police Department", "(555) 010-4400", null, null));
    Template template = templates.add(NoticeFixtures.approvedRoadClosure());
    Notice live = notices.add(NoticeFixtures.roadClosure(notices.nextNumber(), NoticeMode.LIVE));
    notices.add(NoticeFixtures.roadClosure(notices.nextNumber(), NoticeMode.EXERCISE));
    notices.replace(
        live,
        live.update(
            template,
            Map.of("street", "Oak Ave"),
            "moved one block",
            "s-050",
            NoticeFixtures.T0.plusSeconds(60)));

    String atom =
        mvc.perform(get("/feed/notices.atom")).andReturn().getResponse().getContentAsString();

    assertThat(atom)
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        .contains("<title>Road closure: Oak Ave</title>")
        .contains("/feed/notices/" + live.id() + "/2.xml")
        .containsOnlyOnce("<entry>");

    String cap =
        mvc.perform(get("/feed/notices/" + live.id() + "/2.xml"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(cap)
        .contains("<msgType>Update</msgType>")
        .contains(
            "<references>police.riverton.example,police.riverton.example." + live.id() + ".1,")
        .contains("-06:00</sent>");
  }

  @Test
  void theMonthlyTestMessageIsListedMarkedAsATestAndItsCapStatusIsTest() throws Exception {
    departments.save(Department.of("Riverton Police Department", "(555) 010-4400", null, null));
    if (templates.byId(NoticeFixtures.approvedRoadClosure().id()).isEmpty()) { // shared database
      templates.add(NoticeFixtures.approvedRoadClosure());
    }
    Notice test = notices.add(NoticeFixtures.roadClosure(notices.nextNumber(), NoticeMode.TEST));
    try {
      String atom =
          mvc.perform(get("/feed/notices.atom")).andReturn().getResponse().getContentAsString();
      assertThat(atom).contains("<title>TEST: Road closure: Main St</title>");

      String cap =
          mvc.perform(get("/feed/notices/" + test.id() + "/1.xml"))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(cap).contains("<status>Test</status>");
    } finally { // the other tests count the active notices
      notices.replace(test, test.cancel(null, "s-050", NoticeFixtures.T0.plusSeconds(60)));
    }
  }

  @Test
  void aFoundPersonsEarlierRevisionsAreNotServed() throws Exception {
    Template template =
        templates.add(
            Template.draft(
                    "missing_person",
                    NoticeCategory.MISSING_PERSON,
                    "Missing: {{name}}",
                    "Have you seen {{name}}?",
                    List.of(
                        TemplateVariable.required("name", "Name", VariableType.TEXT),
                        TemplateVariable.optional("photo", "Photo", VariableType.PHOTO)),
                    Severity.SEVERE,
                    Urgency.IMMEDIATE,
                    Duration.ofDays(3),
                    List.of(),
                    "s-060",
                    NoticeFixtures.T0)
                .submit("s-060", NoticeFixtures.T0)
                .approve("s-010", null, NoticeFixtures.T0));
    String photo = photos.store("image/png", "jordan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Notice missing =
        notices.add(
            Notice.issue(
                notices.nextNumber(),
                template,
                Map.of("name", "Jordan Avery", "photo", photo),
                List.of("tg-alerts"),
                NoticeMode.LIVE,
                "s-050",
                NoticeFixtures.T0));
    String live =
        mvc.perform(get("/feed/notices/" + missing.id() + "/1.xml"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(live)
        .contains(
            "<resourceDesc>Photo</resourceDesc>",
            "<mimeType>image/png</mimeType>",
            "<size>4</size>")
        .contains("/feed/notices/" + missing.id() + "/1/photo</uri>");
    assertThat(
            mvc.perform(get("/feed/notices/" + missing.id() + "/1/photo"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray())
        .hasSize(4);

    notices.replace(
        missing,
        missing.found(
            "Missing person found",
            "Found safe. Thank you.",
            "s-050",
            NoticeFixtures.T0.plusSeconds(3600)));

    assertThat(
            mvc.perform(get("/feed/notices/" + missing.id() + "/1.xml"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    String closing =
        mvc.perform(get("/feed/notices/" + missing.id() + "/2.xml"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(closing)
        .contains("<msgType>Cancel</msgType>")
        .doesNotContain("Jordan", "<resource>");
    assertThat(
            mvc.perform(get("/feed/notices/" + missing.id() + "/1/photo"))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("the photo is withdrawn once the person is found")
        .isEqualTo(404);
  }
}
