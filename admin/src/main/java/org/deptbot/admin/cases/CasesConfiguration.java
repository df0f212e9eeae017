package org.deptbot.admin.cases;

import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseSearch;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the case pages, and the seal key that opens the originals of sent files. */
@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

  @Bean
  ReporterSeal reporterSeal(@Value("${deptbot.reports.seal-key:}") String key) {
    if (key.isBlank()) {
      LoggerFactory.getLogger(CasesConfiguration.class)
          .warn(
              "DEPTBOT_REPORTS_SEAL_KEY is not set: the originals of files sent to the bot cannot be"
                  + " revealed from the console. Set it to the bot's key.");
      return ReporterSeal.ephemeral();
    }
    return ReporterSeal.fromBase64(key);
  }

  @Bean
  VisibleCases visibleCases(
      CaseSearch search, CaseAccess access, Triage triage, StaffMembers staff) {
    return new VisibleCases(search, access, triage, staff);
  }
}
