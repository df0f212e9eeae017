package org.deptbot.admin.login;

import java.time.Clock;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds who is signing in: the staff member with that id and a console account. An inactive member
 * cannot sign in; a locked account is refused before its password is checked. Roles are not carried
 * here: every request asks the core's {@code Authorization} about the member as stored now.
 */
@Component
class StaffSignIns implements UserDetailsService {

  private final StaffMembers staff;
  private final ConsoleAccounts accounts;
  private final Clock clock;

  StaffSignIns(StaffMembers staff, ConsoleAccounts accounts, Clock clock) {
    this.staff = staff;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    String id = username.strip();
    StaffMember member =
        staff.byId(id).orElseThrow(() -> new UsernameNotFoundException("no staff member"));
    ConsoleAccount account =
        accounts.byId(id).orElseThrow(() -> new UsernameNotFoundException("no console account"));
    return User.withUsername(member.id())
        .password(account.passwordHash())
        .disabled(!member.active())
        .accountLocked(account.lockedAt(clock.instant()))
        .authorities("ROLE_STAFF")
        .build();
  }
}
