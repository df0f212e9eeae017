package org.deptbot.admin.cases;

import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseSearch;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

  @Bean
  VisibleCases visibleCases(
      CaseSearch search, CaseAccess access, Triage triage, StaffMembers staff) {
    return new VisibleCases(search, access, triage, staff);
  }
}
