package org.deptbot.admin.login;

import java.security.SecureRandom;
import java.util.Set;
import java.util.stream.Collectors;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a console nobody can sign in to as an administrator, creates one: staff member {@code admin}
 * with the ADMIN role, and a password from {@code DEPTBOT_CONSOLE_BOOTSTRAP_PASSWORD} or, without
 * it, a one-time password printed once in the log. Either must be replaced at the first sign-in.
 */
@Component
@ConditionalOnWebApplication // not for the command-line checks: they create nobody
class FirstAdministrator implements ApplicationRunner {

  static final String ID = "admin";
  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final StaffMembers staff;
  private final ConsoleAccounts accounts;
  private final PasswordEncoder encoder;
  private final ConsoleProperties properties;
  private final AuditTrail audit;

  FirstAdministrator(
      StaffMembers staff,
      ConsoleAccounts accounts,
      PasswordEncoder encoder,
      ConsoleProperties properties,
      AuditTrail audit) {
    this.staff = staff;
    this.accounts = accounts;
    this.encoder = encoder;
    this.properties = properties;
    this.audit = audit;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (anAdministratorCanSignIn()) {
      return;
    }
    StaffMember admin = staff.byId(ID).orElse(null);
    if (admin != null && !admin.acts(Role.ADMIN)) {
      log.warn(
          "No console administrator can sign in, and staff member '{}' exists without the ADMIN"
              + " role, so none was created. Give an administrator the ADMIN role in the roster.",
          ID);
      return;
    }
    if (admin == null) {
      staff.save(new StaffMember(ID, "Console administrator", Set.of(Role.ADMIN), null, true));
    }
    boolean printed = properties.bootstrapPassword().isBlank();
    String password = printed ? oneTimePassword() : properties.bootstrapPassword();
    if (!accounts.create(new ConsoleAccount(ID, encoder.encode(password), 0, null, true))) {
      return; // another console started at the same moment and made it
    }
    audit.system("console.first_admin_created", "staff:" + ID);
    if (printed) {
      log.warn(
          "No console administrator yet. Sign in as '{}' with the one-time password {} and choose"
              + " your own. It is printed only this once.",
          ID,
          password);
    } else {
      log.info(
          "Console administrator '{}' created with DEPTBOT_CONSOLE_BOOTSTRAP_PASSWORD; choose a new"
              + " password at the first sign-in.",
          ID);
    }
  }

  private boolean anAdministratorCanSignIn() {
    java.util.Set<String> signIns =
        accounts.all().stream().map(ConsoleAccount::staffId).collect(Collectors.toSet());
    return staff.all().stream()
        .anyMatch(member -> member.acts(Role.ADMIN) && signIns.contains(member.id()));
  }

  private static String oneTimePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
