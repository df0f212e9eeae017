package org.deptbot.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@ConsoleIntegrationTest
class AccessRulesIT {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyConsolePageAndApiCallSaysWhoMayUseIt() {
    List<HandlerMethod> ours =
        mappings.getHandlerMethods().values().stream().filter(Permissions::ours).toList();

    assertThat(ours).isNotEmpty();
    assertThat(ours)
        .allSatisfy(
            handler ->
                assertThat(
                        Permissions.rule(handler, Requires.class) != null
                            || Permissions.rule(handler, AnyStaff.class) != null
                            || Permissions.rule(handler, Public.class) != null)
                    .as(handler.getShortLogMessage())
                    .isTrue());
  }

  @Test
  void onlyTheSignInPageAndThePublicFeedAreOpenWithoutSigningIn() {
    List<String> open =
        mappings.getHandlerMethods().entrySet().stream()
            .filter(e -> Permissions.ours(e.getValue()))
            .filter(e -> Permissions.rule(e.getValue(), Public.class) != null)
            .flatMap(e -> e.getKey().getPatternValues().stream())
            .toList();

    assertThat(open).allMatch(path -> path.equals("/login") || path.startsWith("/feed/"));
  }
}
