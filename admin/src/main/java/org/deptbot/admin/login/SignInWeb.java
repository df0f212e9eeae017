package org.deptbot.admin.login;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Sends a member who must choose a password to that page first. */
@Configuration(proxyBeanMethods = false)
class SignInWeb implements WebMvcConfigurer {

  private final ConsoleAccounts accounts;

  SignInWeb(ConsoleAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new PasswordFirst(accounts)).excludePathPatterns("/css/**");
  }
}
