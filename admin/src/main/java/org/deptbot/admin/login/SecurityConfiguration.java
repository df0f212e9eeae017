package org.deptbot.admin.login;

import org.deptbot.core.staff.StaffMembers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach the console at all: everything needs a signed-in staff member except the sign-in
 * page, its stylesheet, the public notice feed and the health check. What a signed-in member may do
 * is decided per page by {@code console.Permissions}, from the core's rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // not for the command-line checks, which serve no pages
class SecurityConfiguration {

  private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

  @Bean
  SecurityFilterChain console(
      HttpSecurity http,
      ApiTokens tokens,
      ObjectProvider<ClientRegistrationRepository> singleSignOn,
      StaffMembers staff,
      ConsoleProperties properties)
      throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login", "/css/**", "/feed/**", "/actuator/health/**", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(
                        (request, response, failure) ->
                            response.sendRedirect(
                                failure instanceof LockedException
                                    ? "/login?locked"
                                    : "/login?error"))
                    .defaultSuccessUrl("/", false))
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
        // A call with a bearer token carries no cookie a forged page could ride on.
        .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::carriesToken))
        .exceptionHandling(
            errors ->
                errors.defaultAuthenticationEntryPointFor(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self';"
                                    + " script-src 'self'; frame-ancestors 'none';"
                                    + " form-action 'self'; base-uri 'none'"))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frames -> frames.deny()))
        .addFilterBefore(
            new ApiTokenFilter(tokens, staff), UsernamePasswordAuthenticationFilter.class);
    if (singleSignOn.getIfAvailable() != null) {
      http.oauth2Login(
          sso ->
              sso.loginPage("/login")
                  .failureUrl("/login?ssoRefused")
                  .userInfoEndpoint(
                      info ->
                          info.oidcUserService(
                              new SingleSignOn(staff, properties.oidcStaffClaim()))));
    }
    return http.build();
  }
}
