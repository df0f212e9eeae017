package org.deptbot.admin.login;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member's console sign-in. The roster itself stays in {@code staff}; this holds only what
 * signing in needs.
 *
 * @param staffId the staff member's id, which is also the sign-in name
 * @param passwordHash bcrypt hash of the password
 * @param failedLogins failed attempts since the last success or lock
 * @param lockedUntil sign-in is refused until then; null when not locked
 * @param mustChangePassword the next sign-in must choose a new password first
 */
@Document("console_accounts")
public record ConsoleAccount(
    @Id String staffId,
    String passwordHash,
    int failedLogins,
    Instant lockedUntil,
    boolean mustChangePassword) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }
}
