package org.deptbot.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.templates.NoticeCategory;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The console's words for codes, read from its own message bundle. */
class CodeTextsTest {

  private final CodeTexts words = new CodeTexts(bundle(), null);

  @Test
  void retentionPeriodsReadAsWordsNotIsoCodes() {
    assertThat(words.period(Period.ofYears(3))).isEqualTo("3 years");
    assertThat(words.period(Period.ofYears(1))).isEqualTo("1 year");
    assertThat(words.period(Period.of(1, 6, 0))).isEqualTo("1 year and 6 months");
    assertThat(words.period(Period.ofDays(90))).isEqualTo("90 days");
    assertThat(words.period(Period.of(2, 1, 3))).isEqualTo("2 years, 1 month and 3 days");
  }

  @Test
  void categoriesRolesAndPlatformsReadAsNames() {
    assertThat(words.category(NoticeCategory.CRIME_PREVENTION_TIP))
        .isEqualTo("Crime prevention tip");
    assertThat(words.role(Role.INTERNAL_AFFAIRS)).isEqualTo("Internal affairs");
    assertThat(words.role(Role.ADMIN)).isEqualTo("Administrator");
    assertThat(words.platform(ChatPlatform.TRAINING)).isEqualTo("Training chat");
    for (NoticeCategory category : NoticeCategory.values()) {
      assertThat(words.category(category)).as(category.name()).doesNotContain("_");
    }
    for (Role role : Role.values()) {
      assertThat(words.role(role)).as(role.name()).doesNotContain("_");
    }
  }

  @Test
  void whoActedIsSaidForEveryoneWhoIsNotStaff() {
    assertThat(words.member(AuditRecord.SYSTEM)).isEqualTo("The software by itself (no person)");
    assertThat(words.member(AuditRecord.PUBLIC)).isEqualTo("A member of the public");
    assertThat(words.member(AuditTrail.ANONYMOUS)).startsWith("Someone anonymous");
  }

  @Test
  void auditActionsReadAsWordsAndAnUnknownOneAsItsCode() {
    assertThat(words.action("hold.placed")).isEqualTo("Legal hold placed");
    assertThat(words.action("staff.deactivated")).isEqualTo("Staff member deactivated");
    assertThat(words.action("case.acknowledged")).isEqualTo("Case acknowledged");
    assertThat(words.action("something.new")).isEqualTo("something.new");
  }

  private static ResourceBundleMessageSource bundle() {
    var messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
