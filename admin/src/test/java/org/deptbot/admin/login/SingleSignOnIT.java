package org.deptbot.admin.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.StaffFixtures;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** The department's identity provider vouches for a person; the roster decides who they are. */
class SingleSignOnIT {

  private final StaffMembers staff = new StaffMembers(TestMongo.newDatabase());
  private final SingleSignOn sso = new SingleSignOn(staff, "employee_id");

  @Test
  void anActiveMemberNamedInTheClaimIsSignedInAsThatMember() {
    staff.save(StaffFixtures.member("s-310", Role.SUPERVISOR));

    var user = sso.loadUser(request(Map.of("sub", "idp-1", "employee_id", "s-310")));

    assertThat(user.getName()).isEqualTo("s-310");
  }

  @Test
  void someoneTheRosterDoesNotKnowOrNoLongerEmploysIsRefused() {
    staff.save(StaffFixtures.member("s-311", Role.DISPATCHER).deactivated());

    for (var claims :
        java.util.List.of(
            Map.<String, Object>of("sub", "idp-2", "employee_id", "s-311"),
            Map.<String, Object>of("sub", "idp-3", "employee_id", "s-999"),
            Map.<String, Object>of("sub", "idp-4"))) {
      assertThatThrownBy(() -> sso.loadUser(request(claims)))
          .isInstanceOf(OAuth2AuthenticationException.class)
          .hasMessageContaining("not an active staff member");
    }
  }

  private static OidcUserRequest request(Map<String, Object> claims) {
    ClientRegistration registration =
        ClientRegistration.withRegistrationId("department")
            .clientId("console")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("https://idp.example/authorize")
            .tokenUri("https://idp.example/token")
            .jwkSetUri("https://idp.example/jwks")
            .scope("openid")
            .userNameAttributeName("sub")
            .build();
    Instant now = Instant.now();
    var token =
        new OAuth2AccessToken(
            OAuth2AccessToken.TokenType.BEARER, "token", now, now.plusSeconds(60));
    var idToken = new OidcIdToken("id-token", now, now.plusSeconds(60), claims);
    return new OidcUserRequest(registration, token, idToken);
  }
}
