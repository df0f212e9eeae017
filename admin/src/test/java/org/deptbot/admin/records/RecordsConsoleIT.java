package org.deptbot.admin.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.records.BundleVerifier;
import org.deptbot.core.records.LegalHold;
import org.deptbot.core.records.LegalHolds;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Legal holds and exports from the records page and the API. */
@ConsoleIntegrationTest
class RecordsConsoleIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired LegalHolds holds;
  @Autowired Notices notices;
  @Autowired MongoTemplate mongo;

  @BeforeEach
  void roster() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("rc-1", Role.INTERNAL_AFFAIRS);
    people.add("rc-2", Role.DISPATCHER);
    people.add("rc-3", Role.ADMIN);
  }

  @Test
  void internalAffairsPlacesAndLiftsAHoldWithReasonsAndADispatcherCannot() throws Exception {
    notices.add(NoticeFixtures.roadClosure("N-2026-300011", NoticeMode.LIVE));
    mvc.perform(
            post("/records/holds")
                .with(user("rc-1"))
                .with(csrf())
                .param("kind", "NOTICE")
                .param("target", "n-2026-300011")
                .param("reason", "  "))
        .andExpect(flash().attribute("problem", Matchers.containsString("Please give a reason")));
    mvc.perform(
            post("/records/holds")
                .with(user("rc-2"))
                .with(csrf())
                .param("kind", "NOTICE")
                .param("target", "N-2026-300011")
                .param("reason", "because"))
        .andExpect(status().isForbidden());
    assertThat(held("N-2026-300011")).isEmpty();

    mvc.perform(
            post("/records/holds")
                .with(user("rc-1"))
                .with(csrf())
                .param("kind", "NOTICE")
                .param("target", "n-2026-300011")
                .param("reason", "Doe v. City of Riverton"))
        .andExpect(flash().attribute("done", Matchers.containsString("is on")));
    LegalHold hold = held("N-2026-300011").orElseThrow();
    assertThat(hold.placedBy()).isEqualTo("rc-1");

    mvc.perform(
            post("/records/holds/" + hold.id() + "/lift")
                .with(user("rc-3"))
                .with(csrf())
                .param("reason", "case settled"))
        .andExpect(flash().attribute("done", Matchers.containsString("lifted")));
    assertThat(holds.byId(hold.id()).orElseThrow().liftReason()).isEqualTo("case settled");
  }

  @Test
  void aHoldOnACaseNumberNobodyFiledIsRefusedWithTheNumberAndNothingIsStored() throws Exception {
    long holdsBefore = holds.all().size();
    long auditedBefore = audited("hold.placed");

    mvc.perform(
            post("/records/holds")
                .with(user("rc-1"))
                .with(csrf())
                .param("kind", "CASE")
                .param("target", "r-2026-0042")
                .param("reason", "Doe v. City of Riverton"))
        .andExpect(
            flash()
                .attribute(
                    "problem", Matchers.startsWith("No case R-2026-0042. Check the number.")));
    mvc.perform(
            post("/api/v1/records/holds")
                .with(user("rc-1"))
                .with(csrf())
                .contentType("application/json")
                .content("{\"kind\":\"STAFF\",\"target\":\"s-0600\",\"reason\":\"grievance\"}"))
        .andExpect(status().isConflict());

    assertThat(holds.all()).hasSize((int) holdsBefore);
    assertThat(audited("hold.placed")).isEqualTo(auditedBefore);
  }

  @Test
  void overTheApiAHoldIsLiftedOnlyWithAReasonWhichIsRecorded() throws Exception {
    notices.add(NoticeFixtures.roadClosure("N-2026-300021", NoticeMode.LIVE));
    mvc.perform(
            post("/api/v1/records/holds")
                .with(user("rc-1"))
                .with(csrf())
                .contentType("application/json")
                .content(
                    "{\"kind\":\"NOTICE\",\"target\":\"N-2026-300021\",\"reason\":\"Roe v. City\"}"))
        .andExpect(status().isOk());
    LegalHold hold = held("N-2026-300021").orElseThrow();
    String lift = "/api/v1/records/holds/" + hold.id() + "/lift";

    for (String body : new String[] {"", "{}", "{\"reason\":\"  \"}"}) {
      mvc.perform(
              post(lift)
                  .with(user("rc-1"))
                  .with(csrf())
                  .contentType("application/json")
                  .content(body))
          .andExpect(status().isBadRequest())
          .andExpect(
              jsonPath("$.detail").value(Matchers.containsString("This call needs a reason")));
    }
    assertThat(held("N-2026-300021")).as("still on").isPresent();

    mvc.perform(
            post(lift)
                .with(user("rc-1"))
                .with(csrf())
                .contentType("application/json")
                .content("{\"reason\":\"Roe v. City dismissed\"}"))
        .andExpect(status().isOk());
    assertThat(held("N-2026-300021")).isEmpty();
    AuditEntry lifted =
        mongo.findOne(
            Query.query(
                Criteria.where("action").is("hold.lifted").and("subject").is("hold:" + hold.id())),
            AuditEntry.class);
    assertThat(lifted.actor()).isEqualTo("rc-1");
    assertThat(lifted.details()).containsEntry("reason", "Roe v. City dismissed");
  }

  @Test
  void anExportDownloadsAsABundleThatChecksOutAndAnAlteredOneDoesNot() throws Exception {
    notices.add(NoticeFixtures.roadClosure("N-2026-300001", NoticeMode.LIVE));

    var response =
        mvc.perform(
                post("/records/export")
                    .with(user("rc-1"))
                    .with(csrf())
                    .param("mode", "PUBLIC_RECORDS")
                    .param("purpose", "Request 2026-114")
                    .param("notices", "n-2026-300001"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    byte[] zip = response.getContentAsByteArray();
    String exportId = response.getHeader("X-Export-Id");

    assertThat(response.getHeader("Content-Disposition")).contains(exportId + ".zip");
    var verification = new BundleVerifier().verify(new ByteArrayInputStream(zip));
    assertThat(verification.intact()).isTrue();
    assertThat(verification.manifestSha256()).isEqualTo(response.getHeader("X-Manifest-SHA256"));
    assertThat(new String(zip, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("records/notice/N-2026-300001.json");

    mvc.perform(
            multipart("/records/verify")
                .file(new MockMultipartFile("bundle", "export.zip", "application/zip", zip))
                .with(user("rc-1"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString("is intact")));
    byte[] altered = zip.clone();
    altered[altered.length / 3] ^= 0x20;
    mvc.perform(
            post("/api/v1/records/verification")
                .with(user("rc-1"))
                .with(csrf())
                .contentType("application/zip")
                .content(altered))
        .andExpect(jsonPath("$.problems").isNotEmpty());
  }

  @Test
  void anUploadedBundleOfMoreFilesThanAnyExportIsRefusedUncheckedWithTheReason() throws Exception {
    var bomb = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bomb)) {
      for (int i = 0; i <= BundleVerifier.DEFAULT_MAX_ENTRIES; i++) {
        zip.putNextEntry(new java.util.zip.ZipEntry("f" + i));
        zip.closeEntry();
      }
    }

    mvc.perform(
            post("/api/v1/records/verification")
                .with(user("rc-1"))
                .with(csrf())
                .contentType("application/zip")
                .content(bomb.toByteArray()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.problems[0]")
                .value(Matchers.containsString("refused unchecked: the bundle holds more than")));
  }

  @Test
  void anExportWithoutAPurposeIsRefusedAndNothingIsWrittenOrAudited() throws Exception {
    long before = exportsAudited();

    mvc.perform(
            post("/records/export")
                .with(user("rc-3"))
                .with(csrf())
                .param("mode", "E_DISCOVERY")
                .param("purpose", " ")
                .param("notices", "N-2026-300009"))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/records/export")
                .with(user("rc-3"))
                .with(csrf())
                .param("mode", "E_DISCOVERY")
                .param("purpose", "audit"))
        .andExpect(status().isBadRequest())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString("Say which records")));
    mvc.perform(
            post("/api/v1/records/exports")
                .with(user("rc-2"))
                .contentType("application/json")
                .content("{\"purpose\":\"x\",\"notices\":[\"N-2026-300001\"]}"))
        .andExpect(status().isForbidden());

    assertThat(exportsAudited()).isEqualTo(before);
  }

  private java.util.Optional<LegalHold> held(String caseNumber) {
    return holds.active().stream().filter(h -> caseNumber.equals(h.scope().target())).findFirst();
  }

  private long exportsAudited() {
    return audited("records.exported");
  }

  private long audited(String action) {
    return mongo.count(Query.query(Criteria.where("action").is(action)), AuditEntry.class);
  }
}
