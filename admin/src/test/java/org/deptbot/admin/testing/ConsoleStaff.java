package org.deptbot.admin.testing;

import java.util.Set;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff members who can sign in to the console in tests, all with {@link #PASSWORD}. Ids are the
 * caller's, so test classes sharing one database keep out of each other's way.
 */
public class ConsoleStaff {

  public static final String PASSWORD = "correct horse battery";
  private final StaffMembers staff;
  private final ConsoleAccounts accounts;
  private final String hash;

  public ConsoleStaff(StaffMembers staff, ConsoleAccounts accounts, PasswordEncoder encoder) {
    this.staff = staff;
    this.accounts = accounts;
    this.hash = encoder.encode(PASSWORD);
  }

  /** An active member with a console account, reporting to {@code supervisorId} (or nobody). */
  public StaffMember add(String id, String supervisorId, Role... roles) {
    StaffMember member =
        staff.save(new StaffMember(id, "Member " + id, Set.of(roles), supervisorId, true));
    accounts.setPassword(id, hash, false);
    return member;
  }

  public StaffMember add(String id, Role... roles) {
    return add(id, null, roles);
  }
}
