package org.deptbot.admin.login;

import java.util.List;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on through the department's OpenID Connect provider: the claim named by {@code
 * deptbot.console.oidc-staff-claim} must hold the id of an active staff member, who is then signed
 * in as that member. Anyone else the provider knows is refused.
 */
class SingleSignOn extends OidcUserService {

  private final StaffMembers staff;
  private final String claim;

  SingleSignOn(StaffMembers staff, String claim) {
    this.staff = staff;
    this.claim = claim;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = super.loadUser(request);
    String staffId = user.getClaimAsString(claim);
    StaffMember member =
        staffId == null ? null : staff.byId(staffId).filter(StaffMember::active).orElse(null);
    if (member == null) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error("not_staff", "This sign-in is not an active staff member.", null));
    }
    return new DefaultOidcUser(
        List.of(new SimpleGrantedAuthority("ROLE_STAFF")),
        user.getIdToken(),
        user.getUserInfo(),
        claim);
  }
}
