package org.deptbot.bot.enrollment;

import org.deptbot.bot.chat.Conversations;
import org.deptbot.core.enrollment.Enrollment;
import org.deptbot.core.templates.TimeShown;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Wires {@code /enroll}. */
@Configuration(proxyBeanMethods = false)
class EnrollmentConfiguration {

  @Bean
  @Order(3)
  EnrollCommand enrollCommand(Enrollment enrollment, Conversations conversations, TimeShown time) {
    return new EnrollCommand(enrollment, conversations, time);
  }
}
