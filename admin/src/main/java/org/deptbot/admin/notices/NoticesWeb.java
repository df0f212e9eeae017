package org.deptbot.admin.notices;

import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.templates.TimeShown;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/** Words posts for the console's previews from its own bundle, as the bot words them from its. */
@Configuration(proxyBeanMethods = false)
class NoticesWeb {

  @Bean
  NoticeTexts noticeTexts(Departments departments, MessageSource messages, TimeShown time) {
    return new NoticeTexts(
        departments,
        (key, arguments) -> messages.getMessage(key, arguments, LocaleContextHolder.getLocale()),
        time);
  }
}
