package org.deptbot.admin.login;

import java.time.Clock;
import org.deptbot.core.audit.AuditChannel;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditRecord;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins toward the lockout and records sign-ins and locks in the audit log. A
 * failure for a name that is no account is not recorded: it could be anything anyone typed.
 */
@Component
class SignInOutcomes {

  private final ConsoleAccounts accounts;
  private final ConsoleProperties properties;
  private final AuditLog audit;
  private final Clock clock;

  SignInOutcomes(
      ConsoleAccounts accounts, ConsoleProperties properties, AuditLog audit, Clock clock) {
    this.accounts = accounts;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String name = String.valueOf(event.getAuthentication().getName()).strip();
    if (accounts.byId(name).isEmpty()) {
      return;
    }
    if (accounts.failed(
        name, properties.maxFailedLogins(), properties.lockFor(), clock.instant())) {
      audit.append(
          AuditRecord.of(
              name,
              AuditChannel.CONSOLE,
              "console.locked",
              "staff:" + name,
              java.util.Map.of(
                  "failures",
                  String.valueOf(properties.maxFailedLogins()),
                  "for",
                  properties.lockFor().toString())));
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    String name = event.getAuthentication().getName();
    accounts.succeeded(name);
    audit.append(
        AuditRecord.of(
            name, AuditChannel.CONSOLE, "console.signed_in", "staff:" + name, java.util.Map.of()));
  }
}
