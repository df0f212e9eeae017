package org.deptbot.admin.login;

import java.time.Clock;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Console accounts, tokens and the first administrator: wanted with or without a web server. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class SignInConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  ConsoleAccounts consoleAccounts(MongoOperations mongo) {
    return new ConsoleAccounts(mongo);
  }

  @Bean
  StaffSignIns staffSignIns(StaffMembers staff, ConsoleAccounts accounts, Clock clock) {
    return new StaffSignIns(staff, accounts, clock);
  }

  @Bean
  SignInOutcomes signInOutcomes(
      ConsoleAccounts accounts, ConsoleProperties properties, AuditLog audit, Clock clock) {
    return new SignInOutcomes(accounts, properties, audit, clock);
  }

  @Bean
  ApiTokens apiTokens(MongoOperations mongo, Clock clock) {
    return new ApiTokens(mongo, clock);
  }
}
