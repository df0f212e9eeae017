package org.deptbot.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditChannel;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@ConsoleIntegrationTest
class AuditPageIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired AuditLog log;
  @Autowired MongoTemplate mongo;

  @BeforeEach
  void roster() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("au-1", Role.ADMIN);
    people.add("au-2", Role.INTERNAL_AFFAIRS);
    people.add("au-3", Role.SUPERVISOR);
    people.add("au-4", Role.DISPATCHER);
  }

  @Test
  void administratorsAndInternalAffairsReadTheLogAndNobodyElse() throws Exception {
    log.append(
        AuditRecord.of("au-4", AuditChannel.TELEGRAM, "notice.issued", "notice:N-2026-900001"));

    for (String reader : new String[] {"au-1", "au-2"}) {
      String page =
          mvc.perform(get("/audit").param("subject", "notice:N-2026-900001").with(user(reader)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("notice.issued", "au-4");
    }
    for (String other : new String[] {"au-3", "au-4"}) {
      mvc.perform(get("/audit").with(user(other))).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/audit/verification").with(user(other)))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void caseAndTipEntriesShowOnlyTheirHashToThoseWhoMayNotSeeTheRecord() throws Exception {
    AuditEntry submitted =
        log.append(
            AuditRecord.of(
                "staff:au-reporter",
                AuditChannel.TELEGRAM,
                "case.submitted",
                "case:R-2026-900001",
                java.util.Map.of("reporter", "au-reporter")));
    AuditEntry tip =
        log.append(
            AuditRecord.of("system", AuditChannel.SYSTEM, "tip.received", "tip:T-2026-900001"));

    String page =
        mvc.perform(get("/audit").with(user("au-1")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .doesNotContain("au-reporter", "R-2026-900001", "T-2026-900001")
        .contains(submitted.hash().substring(0, 16));
    mvc.perform(
            get("/api/v1/audit/entries")
                .param("from", String.valueOf(submitted.seq()))
                .with(user("au-1")))
        .andExpect(jsonPath("$[0].seq").value(submitted.seq()))
        .andExpect(jsonPath("$[0].hash").value(submitted.hash()))
        .andExpect(jsonPath("$[0].withheld").value(true))
        .andExpect(jsonPath("$[0].subject").doesNotExist())
        .andExpect(jsonPath("$[0].actor").doesNotExist())
        .andExpect(jsonPath("$[0].details").isEmpty())
        .andExpect(jsonPath("$[1].seq").value(tip.seq()))
        .andExpect(jsonPath("$[1].subject").doesNotExist());
    mvc.perform(get("/audit").param("subject", "case:R-2026-900001").with(user("au-1")))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("au-reporter"))));

    // internal affairs may see every case, but is not the tips desk
    mvc.perform(
            get("/api/v1/audit/entries")
                .param("from", String.valueOf(submitted.seq()))
                .with(user("au-2")))
        .andExpect(jsonPath("$[0].subject").value("case:R-2026-900001"))
        .andExpect(jsonPath("$[0].details.reporter").value("au-reporter"))
        .andExpect(jsonPath("$[1].subject").doesNotExist());
  }

  @Test
  void theChainCheckNamesTheEntryThatWasChangedInTheDatabase() throws Exception {
    AuditEntry target =
        log.append(
            AuditRecord.of(
                "au-4", AuditChannel.CONSOLE, "notice.cancelled", "notice:N-2026-900002"));
    mvc.perform(get("/api/v1/audit/verification").with(user("au-1")))
        .andExpect(jsonPath("$.intact").value(true));

    Query entry = Query.query(Criteria.where("_id").is(target.seq()));
    mongo.updateFirst(entry, new Update().set("actor", "someone-else"), AuditEntry.class);
    try {
      mvc.perform(get("/api/v1/audit/verification").with(user("au-2")))
          .andExpect(jsonPath("$.intact").value(false))
          .andExpect(jsonPath("$.brokenAt").value(target.seq()))
          .andExpect(jsonPath("$.problem").value("EDITED"));
      mvc.perform(post("/audit/verify").with(user("au-1")).with(csrf()))
          .andExpect(
              flash()
                  .attribute(
                      "problem",
                      org.hamcrest.Matchers.containsString("BROKEN at entry " + target.seq())));
    } finally {
      mongo.updateFirst(entry, new Update().set("actor", "au-4"), AuditEntry.class);
    }
  }
}
