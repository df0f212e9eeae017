package org.deptbot.admin.login;

import org.deptbot.admin.console.Public;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, with a single sign-on link when the department has configured one. */
@Controller
@Public
class SignInPage {

  private final ObjectProvider<ClientRegistrationRepository> singleSignOn;

  SignInPage(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
    this.singleSignOn = singleSignOn;
  }

  @GetMapping("/login")
  String signIn(Model model) {
    if (singleSignOn.getIfAvailable() instanceof InMemoryClientRegistrationRepository sso) {
      for (ClientRegistration registration : sso) {
        model.addAttribute("singleSignOn", registration.getRegistrationId());
        break;
      }
    }
    return "login";
  }
}
