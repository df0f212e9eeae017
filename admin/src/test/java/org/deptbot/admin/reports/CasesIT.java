package org.deptbot.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.CaseFixtures;
import org.deptbot.core.testing.ReportCopies;
import org.deptbot.core.testing.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Need-to-know, audit and state checks on the console's case pages and API. The roster: chief ca-1
 * above lieutenant ca-2 above sergeant ca-3, who supervises officer ca-4; sergeant ca-5 in another
 * squad; ca-6 internal affairs; ca-7 administrator; ca-8 dispatcher.
 */
@ConsoleIntegrationTest
class CasesIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Reports reports;
  @Autowired MongoTemplate mongo;
  @Autowired Clock clock;
  @Autowired ProvisionDeadlines deadlines;
  @Autowired org.deptbot.core.reports.EvidenceStore evidence;
  @Autowired org.deptbot.core.reports.CaseHandover handover;

  @BeforeEach
  void roster() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("ca-1", Role.SUPERVISOR);
    people.add("ca-2", "ca-1", Role.SUPERVISOR);
    people.add("ca-3", "ca-2", Role.SUPERVISOR);
    people.add("ca-4", "ca-3", Role.EMPLOYEE);
    people.add("ca-5", "ca-2", Role.SUPERVISOR);
    people.add("ca-6", Role.INTERNAL_AFFAIRS);
    people.add("ca-7", Role.ADMIN);
    people.add("ca-8", "ca-3", Role.DISPATCHER);
  }

  private Report stored(Report r) {
    return reports.byId(r.id()).orElseGet(() -> reports.submit(r));
  }

  @Test
  void aCaseIsSeenByItsHandlerTheChainAboveAndInternalAffairsOnly() throws Exception {
    // a case from officer ca-4 about lieutenant ca-2, routed past him to the chief ca-1
    Report r =
        stored(CaseFixtures.confidential("R-2026-100001", "ca-4", "ca-2", "ca-1", clock.instant()));

    expectCase(r, "ca-1", 200); // the handler
    expectCase(r, "ca-6", 200); // internal affairs
    expectCase(r, "ca-2", 404); // the subject, though a supervisor in the chain
    expectCase(r, "ca-3", 404); // below the handler
    expectCase(r, "ca-5", 404); // another squad
    expectCase(r, "ca-4", 403); // the reporter is no handler: /mycases in chat is theirs
    expectCase(r, "ca-7", 403); // administrators manage the system, not cases
    expectCase(r, "ca-8", 403);
  }

  @Test
  void theQueueListsOnlyVisibleCases() throws Exception {
    stored(CaseFixtures.confidential("R-2026-100002", "ca-4", null, "ca-3", clock.instant()));
    stored(CaseFixtures.confidential("R-2026-100003", "ca-8", "ca-3", "ca-2", clock.instant()));

    String forSergeant = page("/cases", "ca-3");
    String forLieutenant = page("/cases", "ca-2");
    String forOtherSergeant = page("/cases", "ca-5");

    assertThat(forSergeant).contains("R-2026-100002").doesNotContain("R-2026-100003");
    assertThat(forLieutenant).contains("R-2026-100002", "R-2026-100003");
    assertThat(forOtherSergeant).doesNotContain("R-2026-100002", "R-2026-100003");
  }

  @Test
  void everyViewAndFileDownloadIsAudited() throws Exception {
    Report r =
        stored(CaseFixtures.confidential("R-2026-100004", "ca-4", null, "ca-3", clock.instant()));
    long before = audited("case.viewed", r);

    page("/cases/" + r.id(), "ca-3");
    mvc.perform(get("/api/v1/cases/" + r.id()).with(user("ca-6"))).andExpect(status().isOk());

    assertThat(audited("case.viewed", r)).isEqualTo(before + 2);
    AuditEntry last =
        mongo.findOne(
            Query.query(
                    Criteria.where("subject").is("case:" + r.id()).and("action").is("case.viewed"))
                .with(
                    org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Direction.DESC, "_id")),
            AuditEntry.class);
    assertThat(last.actor()).isEqualTo("ca-6");
    assertThat(last.channel().name()).isEqualTo("CONSOLE");
  }

  @Test
  void theApiSaysByWhenAnUrgentCaseMustBeAcknowledged() throws Exception {
    deadlines.set(
        new CaseUrgency(
            Map.of(
                PolicyClause.UNDERCOVER_OFFICER,
                CaseUrgency.AckDeadline.within(Duration.ofHours(1)))));
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
    Report urgent =
        stored(
            ReportCopies.citing(
                CaseFixtures.confidential("R-2026-100021", "ca-4", null, "ca-3", at),
                PolicyClause.UNDERCOVER_OFFICER));
    Report ordinary = stored(CaseFixtures.confidential("R-2026-100022", "ca-4", null, "ca-3", at));

    assertThat(json("/api/v1/cases/" + urgent.id(), "ca-3"))
        .contains("\"acknowledgeBy\":\"" + at.plus(Duration.ofHours(1)) + "\"");
    assertThat(json("/api/v1/cases/" + ordinary.id(), "ca-3")).contains("\"acknowledgeBy\":null");

    reports.replace(urgent, urgent.acknowledge("ca-3", clock.instant()));
    assertThat(json("/api/v1/cases/" + urgent.id(), "ca-3"))
        .as("acknowledged: nothing to beat")
        .contains("\"acknowledgeBy\":null");
  }

  private String json(String path, String who) throws Exception {
    return mvc.perform(get(path).with(user(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void anAnonymousReporterLeavesNoTraceOnThePageOrInTheApi() throws Exception {
    Report r = stored(CaseFixtures.anonymous("R-2026-100005", null, "ca-3", clock.instant()));

    String html = page("/cases/" + r.id(), "ca-3");
    String json =
        mvc.perform(get("/api/v1/cases/" + r.id()).with(user("ca-3")))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).contains("Reported anonymously");
    for (String body : List.of(html, json)) {
      assertThat(body)
          .doesNotContain(r.receiptHash(), "sealed-contact-" + r.id(), "intake-" + r.id());
    }
  }

  @Test
  void anActionOnACaseReadBeforeSomeoneElseChangedItIsRefused() throws Exception {
    Report r =
        stored(CaseFixtures.confidential("R-2026-100006", "ca-4", null, "ca-3", clock.instant()));

    mvc.perform(
            post("/cases/" + r.id() + "/acknowledge")
                .with(user("ca-3"))
                .with(csrf())
                .param("version", String.valueOf(r.version())))
        .andExpect(flash().attribute("done", org.hamcrest.Matchers.containsString("acknowledged")));
    mvc.perform(
            post("/cases/" + r.id() + "/dismiss")
                .with(user("ca-3"))
                .with(csrf())
                .param("version", String.valueOf(r.version()))
                .param("reason", "duplicate"))
        .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("changed")));

    assertThat(reports.byId(r.id()).orElseThrow().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
  }

  @Test
  void twoAcknowledgementsAtOnceMakeOneChange() throws Exception {
    Report r =
        stored(CaseFixtures.confidential("R-2026-100007", "ca-4", null, "ca-3", clock.instant()));
    Callable<Integer> press =
        () ->
            mvc.perform(
                    post("/api/v1/cases/" + r.id() + "/acknowledge")
                        .with(user("ca-3"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":" + r.version() + "}"))
                .andReturn()
                .getResponse()
                .getStatus();
    List<Integer> outcomes = new ArrayList<>();
    var pool = Executors.newFixedThreadPool(4);
    try {
      for (var f : pool.invokeAll(List.of(press, press, press, press))) {
        outcomes.add(f.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(outcomes).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409);
    Report after = reports.byId(r.id()).orElseThrow();
    assertThat(after.events()).filteredOn(e -> e.kind().name().equals("ACKNOWLEDGED")).hasSize(1);
  }

  @Test
  void onlyTheHandlerSeesTheActionsAndADismissalNeedsAReason() throws Exception {
    Report r =
        stored(CaseFixtures.confidential("R-2026-100008", "ca-4", null, "ca-3", clock.instant()));

    assertThat(page("/cases/" + r.id(), "ca-3")).contains("Acknowledge");
    assertThat(page("/cases/" + r.id(), "ca-2")).doesNotContain("id=\"actions\"");
    mvc.perform(
            post("/cases/" + r.id() + "/dismiss")
                .with(user("ca-3"))
                .with(csrf())
                .param("version", String.valueOf(r.version()))
                .param("reason", "  "))
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(containsString("Please say why before going ahead. Nothing has")));
    assertThat(reports.byId(r.id()).orElseThrow().status()).isEqualTo(CaseStatus.NEW);
    assertThat(audited("case.dismissed", r)).isZero();
  }

  @Test
  void resolvingOnThePageIsConfirmedFirstAndTheReasonReachesTheHistoryAndTheAuditLog()
      throws Exception {
    Report r =
        stored(CaseFixtures.confidential("R-2026-100011", "ca-4", null, "ca-3", clock.instant()));
    String step = "/cases/" + r.id() + "/resolve";

    mvc.perform(
            get(step)
                .with(user("ca-3"))
                .param("version", String.valueOf(r.version()))
                .param("outcome", "COUNSELING"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Resolve R-2026-100011 as “Counseling”?")))
        .andExpect(content().string(containsString("cannot be opened again")))
        .andExpect(content().string(containsString("name=\"outcome\" value=\"COUNSELING\"")));
    mvc.perform(
            post(step)
                .with(user("ca-3"))
                .with(csrf())
                .param("version", String.valueOf(r.version()))
                .param("outcome", "COUNSELING"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Please say why before going ahead")));
    assertThat(reports.byId(r.id()).orElseThrow().status()).isEqualTo(CaseStatus.NEW);

    mvc.perform(
            post(step)
                .with(user("ca-3"))
                .with(csrf())
                .param("version", String.valueOf(r.version()))
                .param("outcome", "COUNSELING")
                .param("reason", "Talked it through; the post is down"))
        .andExpect(flash().attribute("done", "R-2026-100011 is resolved. The reporter is told."));

    Report after = reports.byId(r.id()).orElseThrow();
    assertThat(after.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(after.events().get(after.events().size() - 1).note())
        .isEqualTo("Talked it through; the post is down");
    assertThat(lastAudit("case.resolved", r).details())
        .containsEntry("reason", "Talked it through; the post is down");
  }

  @Test
  void overTheApiEveryCallThatMovesOrClosesACaseNeedsAReasonAndRecordsIt() throws Exception {
    Report moved =
        stored(CaseFixtures.confidential("R-2026-100012", "ca-4", null, "ca-3", clock.instant()));
    Report dropped =
        stored(CaseFixtures.confidential("R-2026-100013", "ca-4", null, "ca-3", clock.instant()));

    // without a reason: 400 saying what to send, and the case as it was
    for (var call :
        List.of(
            new String[] {"ca-3", moved.id(), "escalate", "{\"version\":1}"},
            new String[] {"ca-3", moved.id(), "assign", "{\"version\":1,\"to\":\"ca-5\"}"},
            new String[] {"ca-3", moved.id(), "resolve", "{\"version\":1,\"reason\":\" \"}"},
            new String[] {"ca-3", dropped.id(), "dismiss", "{\"version\":1}"})) {
      apiCall(call[0], call[1], call[2], call[3])
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.status").value(400))
          .andExpect(jsonPath("$.detail").value(containsString("This call needs a reason")));
    }
    assertThat(reports.byId(moved.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(reports.byId(dropped.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(audited("case.escalated", moved) + audited("case.dismissed", dropped)).isZero();

    // with one: done, and the reason in the audit entry with who gave it
    apiCall("ca-3", moved.id(), "escalate", "{\"version\":1,\"reason\":\"Needs a lieutenant\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.handlerId").value("ca-2"));
    assertThat(page("/cases/" + moved.id(), "ca-3"))
        .as("the sergeant who passed it on still sees it, without the handler's actions")
        .contains("Escalated from Member ca-3 to Member ca-2.")
        .doesNotContain("id=\"actions\"");
    apiCall(
            "ca-2",
            moved.id(),
            "assign",
            "{\"version\":2,\"to\":\"ca-5\",\"reason\":\"Sgt ca-5 knows the account\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.handlerId").value("ca-5"));
    apiCall(
            "ca-5",
            moved.id(),
            "resolve",
            "{\"version\":3,\"outcome\":\"TAKEDOWN_REQUESTED\",\"reason\":\"Asked to take it down\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RESOLVED"));
    apiCall("ca-3", dropped.id(), "dismiss", "{\"version\":1,\"reason\":\"Duplicate of 100012\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DISMISSED"));

    assertThat(lastAudit("case.escalated", moved))
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("ca-3");
              assertThat(e.details()).containsEntry("reason", "Needs a lieutenant");
            });
    assertThat(lastAudit("case.assigned", moved).details())
        .containsEntry("reason", "Sgt ca-5 knows the account");
    assertThat(lastAudit("case.resolved", moved).details())
        .containsEntry("reason", "Asked to take it down");
    assertThat(lastAudit("case.dismissed", dropped))
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("ca-3");
              assertThat(e.details()).containsEntry("reason", "Duplicate of 100012");
            });
  }

  private org.springframework.test.web.servlet.ResultActions apiCall(
      String who, String id, String action, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + id + "/" + action)
            .with(user(who))
            .with(csrf())
            .contentType("application/json")
            .content(body));
  }

  private AuditEntry lastAudit(String action, Report r) {
    return mongo.findOne(
        Query.query(Criteria.where("subject").is("case:" + r.id()).and("action").is(action))
            .with(
                org.springframework.data.domain.Sort.by(
                    org.springframework.data.domain.Sort.Direction.DESC, "_id")),
        AuditEntry.class);
  }

  @Test
  void aPhotoDownloadsAsACleanedCopyUnderANeutralNameWithBothHashesAndIsAudited() throws Exception {
    Report r =
        stored(CaseFixtures.confidential("R-2026-100009", "ca-4", null, "ca-3", clock.instant()));
    byte[] photo = TestPictures.jpegWithGps(32, 24);
    var kept = evidence.add(r.intakeKey(), "IMG_2041 quinn.jpg", "image/jpeg", photo).evidence();

    var response =
        mvc.perform(get("/cases/" + r.id() + "/files/1").with(user("ca-3")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();

    assertThat(TestPictures.identifiesTheSender(response.getContentAsByteArray())).isFalse();
    assertThat(response.getContentType()).isEqualTo("image/png");
    assertThat(response.getHeader("X-Evidence-SHA256")).isEqualTo(kept.sha256());
    assertThat(response.getHeader("X-Evidence-Copy-SHA256")).isEqualTo(kept.cleanSha256());
    assertThat(response.getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("R-2026-100009-file-1.png")
        .doesNotContain("quinn");
    assertThat(page("/cases/" + r.id(), "ca-3"))
        .contains("R-2026-100009-file-1.png")
        .doesNotContain("quinn", "IMG_2041");
    assertThat(audited("case.file_downloaded", r)).isEqualTo(1);
    mvc.perform(get("/cases/" + r.id() + "/files/1").with(user("ca-5")))
        .andExpect(status().isNotFound());
    assertThat(audited("case.file_downloaded", r)).isEqualTo(1);
  }

  @Test
  void aPdfIsWithheldAndOnlyACustodianWithAStatedReasonRevealsTheOriginal() throws Exception {
    Report r =
        stored(CaseFixtures.confidential("R-2026-100010", "ca-4", null, "ca-3", clock.instant()));
    byte[] pdf = "%PDF-1.4 /Author (Quinn Private)".getBytes(StandardCharsets.UTF_8);
    evidence.add(r.intakeKey(), "saved page by quinn.pdf", "application/pdf", pdf);
    String original = "/cases/" + r.id() + "/files/1/original";

    String refused =
        mvc.perform(get("/cases/" + r.id() + "/files/1").with(user("ca-3")))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("withheld until a custodian reveals it").doesNotContain("Quinn");
    assertThat(page("/cases/" + r.id(), "ca-3")).contains("withheld until revealed");
    assertThat(page("/cases/" + r.id(), "ca-3"))
        .as("the history's times carry the department's zone")
        .containsPattern(
            "<span class=\"hint\">[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}, \\d{2}:\\d{2} UTC</span>");
    mvc.perform(
            post(original).with(user("ca-3")).with(csrf()).param("reason", "I want to know who"))
        .andExpect(status().isForbidden());
    mvc.perform(post(original).with(user("ca-6")).with(csrf()).param("reason", " "))
        .andExpect(status().isBadRequest());
    assertThat(audited("case.original_revealed", r)).isZero();

    var response =
        mvc.perform(
                post(original)
                    .with(user("ca-6"))
                    .with(csrf())
                    .param("reason", "IA-2026-014: reporter asked us to confirm the source"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();

    assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
    assertThat(response.getHeader("Content-Disposition")).contains("saved%20page%20by%20quinn.pdf");
    assertThat(audited("case.original_revealed", r)).isEqualTo(1);
    AuditEntry revealed =
        mongo.findOne(
            Query.query(
                Criteria.where("subject")
                    .is("case:" + r.id())
                    .and("action")
                    .is("case.original_revealed")),
            AuditEntry.class);
    assertThat(revealed.actor()).isEqualTo("ca-6");
    assertThat(revealed.details())
        .containsEntry("reason", "IA-2026-014: reporter asked us to confirm the source")
        .containsEntry("file", "1");
  }

  @Test
  void aHandlerTheBotCouldNotReachInChatIsShownOnTheQueueAndTheCasePage() throws Exception {
    // the bot found every chat of sergeant ca-3 refusing the card: the case went to ca-2
    Report moved =
        handover
            .handlerUnreachable(
                stored(
                    CaseFixtures.confidential(
                        "R-2026-100040", "ca-4", null, "ca-3", clock.instant())))
            .orElseThrow();
    // and internal affairs (ca-6), with no one else to take the case, could not be reached either
    Report open =
        stored(CaseFixtures.confidential("R-2026-100041", "ca-4", "ca-1", "ca-6", clock.instant()));
    Report stays =
        open.handlerUnreachable(org.deptbot.core.reports.CaseHandover.UNREACHABLE, clock.instant());
    assertThat(reports.replace(open, stays)).isTrue();
    assertThat(moved.handlerId()).isEqualTo("ca-2");
    assertThat(stays.handlerId()).isEqualTo("ca-6");

    assertThat(page("/cases/" + moved.id(), "ca-2"))
        .contains("Member ca-3 could not be reached in chat", "so it went to Member ca-2");
    assertThat(queueLine(page("/cases", "ca-2"), moved.id())).doesNotContain("not reachable");
    assertThat(page("/cases/" + stays.id(), "ca-6"))
        .contains("Member ca-6 could not be reached in chat");
    assertThat(queueLine(page("/cases", "ca-6"), stays.id())).contains("not reachable in chat");
  }

  /** The queue's table row of one case. */
  private static String queueLine(String queue, String caseId) {
    int at = queue.indexOf(">" + caseId + "<");
    assertThat(at).as("the queue lists " + caseId).isPositive();
    int start = queue.lastIndexOf("<tr", at);
    return queue.substring(start, queue.indexOf("</tr>", at));
  }

  private void expectCase(Report r, String who, int status) throws Exception {
    mvc.perform(get("/cases/" + r.id()).with(user(who))).andExpect(status().is(status));
    mvc.perform(get("/api/v1/cases/" + r.id()).with(user(who))).andExpect(status().is(status));
  }

  private String page(String path, String who) throws Exception {
    return mvc.perform(get(path).with(user(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private long audited(String action, Report r) {
    return mongo.count(
        Query.query(Criteria.where("action").is(action).and("subject").is("case:" + r.id())),
        AuditEntry.class);
  }
}
