package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.Templates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

/**
 * An emergency issue (a notice without a template) in the console: the notices list and page say so
 * with its reason and review time; an approver reviews it, updates it, cancels it with a public
 * reason, or makes a template of its wording, on {@code /reviews} through the same core use cases
 * as the chat; its CAP document is served.
 */
@ConsoleIntegrationTest
class EmergencyReviewIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Notices notices;
  @Autowired NoticeDesk desk;
  @Autowired Templates templates;
  @Autowired AuditLog audit;

  private Notice emergency(String draft) {
    ConsoleStaff people = new ConsoleStaff(staff, accounts, encoder);
    people.add("er-sup", Role.DISPATCH_SUPERVISOR);
    people.add("er-disp", Role.DISPATCHER);
    people.add("er-app", Role.APPROVER);
    people.add("er-app2", Role.APPROVER);
    NoticeOutcome outcome =
        desk.emergencyIssue(
            Actor.staff(staff.byId("er-sup").orElseThrow(), null),
            new NoticeDesk.EmergencyIssue(
                draft,
                NoticeCategory.WEATHER_EMERGENCY,
                Severity.SEVERE,
                "Gas leak on Elm St. Stay indoors.",
                "Chemical leak; no template fits",
                List.of("tg-alerts"),
                NoticeMode.LIVE,
                List.of(),
                false));
    return ((NoticeOutcome.Stored) outcome).notice();
  }

  @Test
  void theNoticePagesSayItIsAnEmergencyIssueAndAnApproverReviewsItOnce() throws Exception {
    Notice notice = emergency("er-draft-1");

    assertThat(page("/notices", "er-disp"))
        .contains(notice.id(), "Emergency issue — Chemical leak; no template fits — review by");
    assertThat(page("/notices/" + notice.id(), "er-disp"))
        .contains("Emergency issue — Chemical leak; no template fits — review by", "Update");
    mvc.perform(get("/reviews").with(user("er-disp"))).andExpect(status().isForbidden());
    mvc.perform(post("/reviews/" + notice.id() + "/reviewed").with(user("er-disp")).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(notices.byId(notice.id()).orElseThrow().emergency().reviewed()).isFalse();

    assertThat(page("/reviews", "er-app"))
        .contains(notice.id(), "Gas leak on Elm St. Stay indoors.", "Looks right");

    mvc.perform(post("/reviews/" + notice.id() + "/reviewed").with(user("er-app")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/reviews/" + notice.id() + "/reviewed").with(user("er-app2")).with(csrf()))
        .andExpect(status().is3xxRedirection());

    Notice after = notices.byId(notice.id()).orElseThrow();
    assertThat(after.emergency().reviewedBy()).isEqualTo("er-app");
    assertThat(audit.about("notice:" + notice.id()))
        .extracting(e -> e.action() + " " + e.actor())
        .containsExactly("notice.emergency_issued er-sup", "notice.emergency_reviewed er-app");
    assertThat(page("/notices/" + notice.id(), "er-disp")).contains("— reviewed by");
  }

  @Test
  void overTheApiAnApproverListsReviewsOnceAndMakesATemplateAndADispatcherCannot()
      throws Exception {
    Notice notice = emergency("er-draft-api");
    Notice ordinary =
        org.deptbot.core.notices.NoticeFixtures.roadClosure("N-2026-300077", NoticeMode.LIVE);
    notices.add(ordinary);

    // a dispatcher may not, and nothing changes
    mvc.perform(get("/api/v1/reviews").with(user("er-disp"))).andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/reviews/" + notice.id() + "/reviewed").with(user("er-disp")).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(notices.byId(notice.id()).orElseThrow().emergency().reviewed()).isFalse();

    // the approver sees it waiting, reviews it; a second approver's review changes nothing
    assertThat(api(get("/api/v1/reviews"), "er-app", 200)).contains(notice.id());
    assertThat(api(post("/api/v1/reviews/" + notice.id() + "/reviewed"), "er-app", 200))
        .contains("\"reviewedNow\":true", "\"reviewedBy\":\"er-app\"");
    assertThat(api(post("/api/v1/reviews/" + notice.id() + "/reviewed"), "er-app2", 200))
        .contains("\"reviewedNow\":false", "\"reviewedBy\":\"er-app\"");
    assertThat(api(get("/api/v1/reviews"), "er-app", 200)).doesNotContain(notice.id());
    assertThat(audit.about("notice:" + notice.id()))
        .extracting(e -> e.action() + " " + e.actor())
        .containsExactly("notice.emergency_issued er-sup", "notice.emergency_reviewed er-app");

    // a template of its wording, asked twice: one draft
    String made = api(post("/api/v1/reviews/" + notice.id() + "/template"), "er-app2", 200);
    String again = api(post("/api/v1/reviews/" + notice.id() + "/template"), "er-app2", 200);
    String templateId = notices.byId(notice.id()).orElseThrow().emergency().templateId();
    assertThat(templateId).isNotNull();
    assertThat(made).contains(templateId, "PENDING_APPROVAL");
    assertThat(again).contains(templateId);

    // a notice issued from a template is no emergency issue; a number nobody issued is not found
    assertThat(api(post("/api/v1/reviews/" + ordinary.id() + "/reviewed"), "er-app", 409))
        .contains("\"reason\"");
    api(post("/api/v1/reviews/N-2026-999999/reviewed"), "er-app", 404);
  }

  @Test
  void overTheApiAnApproverCancelsAnEmergencyIssueWithAReasonAndNoOtherNotice() throws Exception {
    Notice notice = emergency("er-draft-api-cancel");
    Notice ordinary =
        org.deptbot.core.notices.NoticeFixtures.roadClosure("N-2026-300078", NoticeMode.LIVE);
    notices.add(ordinary);
    String body = "{\"note\":\"Sent in error\",\"reason\":\"wrong street\"}";

    // without a reason, or by a dispatcher, or for a notice that is no emergency issue: refused
    api(cancel(notice.id(), "{\"note\":\"Sent in error\"}"), "er-app", 400);
    api(cancel(notice.id(), body), "er-disp", 403);
    api(cancel(ordinary.id(), body), "er-app", 404);
    assertThat(notices.byId(notice.id()).orElseThrow().status().open()).isTrue();
    assertThat(notices.byId(ordinary.id()).orElseThrow().status().open()).isTrue();

    // the approver cancels it: the public reason on the posts, the why in the audit log
    assertThat(api(cancel(notice.id(), body), "er-app", 200)).contains("CANCELLED");
    Notice after = notices.byId(notice.id()).orElseThrow();
    assertThat(after.status().open()).isFalse();
    assertThat(audit.about("notice:" + notice.id()))
        .anySatisfy(e -> assertThat(e.details().toString()).contains("wrong street"));
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder cancel(
      String id, String json) {
    return post("/api/v1/reviews/" + id + "/cancel").contentType("application/json").content(json);
  }

  private String api(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String who,
      int expected)
      throws Exception {
    return mvc.perform(request.with(user(who)).with(csrf()))
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void anApproverMakesATemplateOfItsWordingWhichWaitsForAnotherApprover() throws Exception {
    Notice notice = emergency("er-draft-2");

    mvc.perform(post("/reviews/" + notice.id() + "/template").with(user("er-app")).with(csrf()))
        .andExpect(status().is3xxRedirection());

    String templateId = notices.byId(notice.id()).orElseThrow().emergency().templateId();
    assertThat(templateId).isNotNull();
    assertThat(templates.byId(templateId).orElseThrow())
        .satisfies(
            t -> {
              assertThat(t.status()).isEqualTo(TemplateStatus.PENDING_APPROVAL);
              assertThat(t.authorId()).isEqualTo("er-app");
              assertThat(t.body()).isEqualTo("Gas leak on Elm St. Stay indoors.");
            });
    assertThat(audit.about("notice:" + notice.id()))
        .extracting(e -> e.action())
        .contains("notice.emergency_templated");
  }

  @Test
  void anApproverCancelsItWithAPublicReasonAndWhyAndThatIsTheFirstReview() throws Exception {
    Notice notice = emergency("er-draft-4");
    String cancel = "/reviews/" + notice.id() + "/cancel";

    // GIVEN the reviews page offers Update and Cancel notice to an approver, and only to one
    assertThat(page("/reviews", "er-app")).contains("Cancel notice", cancel, "Update");
    assertThat(page(cancel, "er-app"))
        .contains("Cancel " + notice.id() + "?", "Public reason, shown on every post");
    mvc.perform(
            post(cancel)
                .param("note", "Sent in error")
                .param("reason", "wrong street")
                .with(user("er-disp"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    // WHEN the public reason or the why is missing THEN nothing changes
    assertThat(
            mvc.perform(
                    post(cancel)
                        .param("note", " ")
                        .param("reason", "wrong street")
                        .with(user("er-app"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Please give a short public reason");
    mvc.perform(
            post(cancel)
                .param("note", "Sent in error")
                .param("reason", "")
                .with(user("er-app"))
                .with(csrf()))
        .andExpect(status().isBadRequest());
    assertThat(notices.byId(notice.id()).orElseThrow().status().active()).isTrue();

    // WHEN both are given THEN it is cancelled with the public reason on its posts
    mvc.perform(
            post(cancel)
                .param("note", "Sent in error")
                .param("reason", "wrong street, a dispatcher will post again")
                .with(user("er-app"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    Notice after = notices.byId(notice.id()).orElseThrow();
    assertThat(after.status().active()).isFalse();
    assertThat(after.latest().note()).isEqualTo("Sent in error");
    assertThat(after.emergency().reviewedBy()).isEqualTo("er-app");

    // and a later review counts for nothing: the first one won
    mvc.perform(post("/reviews/" + notice.id() + "/reviewed").with(user("er-app2")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(notices.byId(notice.id()).orElseThrow().emergency().reviewedBy())
        .isEqualTo("er-app");
    assertThat(audit.about("notice:" + notice.id()))
        .extracting(e -> e.action() + " " + e.actor() + " " + e.details().get("reason"))
        .containsExactly(
            "notice.emergency_issued er-sup Chemical leak; no template fits",
            "notice.cancelled er-app wrong street, a dispatcher will post again",
            "notice.emergency_reviewed er-app null");
    assertThat(page("/reviews", "er-app")).doesNotContain(cancel);
  }

  @Test
  void anApproverUpdatesItsTextFromTheReviewsPage() throws Exception {
    Notice notice = emergency("er-draft-5");
    String update = "/reviews/" + notice.id() + "/update";

    assertThat(page(update, "er-app")).contains("What changed?", "action=\"" + update + "\"");
    mvc.perform(
            post(update)
                .param("v.text", "The gas leak on Elm St is fixed. You may go outside.")
                .param("note", "All clear")
                .param("revision", "1")
                .param("save", "1")
                .param("checked", "1")
                .with(user("er-app"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    Notice after = notices.byId(notice.id()).orElseThrow();
    assertThat(after.latest().body()).contains("The gas leak on Elm St is fixed.");
    assertThat(after.emergency().reviewedBy()).isEqualTo("er-app");
    assertThat(audit.about("notice:" + notice.id()))
        .extracting(e -> e.action() + " " + e.actor())
        .contains("notice.updated er-app", "notice.emergency_reviewed er-app");
    mvc.perform(get("/reviews/N-2026-999999/update").with(user("er-app")))
        .andExpect(status().isNotFound());
  }

  @Test
  void itsCapDocumentIsServedWithTheEventFromItsCategory() throws Exception {
    Notice notice = emergency("er-draft-3");

    String cap =
        mvc.perform(get("/feed/notices/" + notice.id() + "/1.xml"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element alert =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(cap.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertThat(alert.getLocalName()).isEqualTo("alert");
    assertThat(alert.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:emergency:cap:1.2");
    assertThat(text(alert, "msgType")).isEqualTo("Alert");
    assertThat(text(alert, "event")).isEqualTo("Weather emergency");
    assertThat(text(alert, "severity")).isEqualTo("Severe");
    assertThat(text(alert, "urgency")).isEqualTo("Immediate");
    assertThat(text(alert, "description")).contains("Gas leak on Elm St. Stay indoors.");
    assertThat(text(alert, "areaDesc")).isNotBlank();
    assertThat(page("/feed/notices.atom", null))
        .contains("/feed/notices/" + notice.id() + "/1.xml");
  }

  private static String text(Element root, String name) {
    var found = root.getElementsByTagNameNS("*", name);
    assertThat(found.getLength()).as(name).isGreaterThanOrEqualTo(1);
    return found.item(0).getTextContent();
  }

  private String page(String path, String who) throws Exception {
    var request = get(path);
    if (who != null) {
      request = request.with(user(who));
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
