package org.deptbot.admin.console;

import java.util.List;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the one access check in front of every handler and hands handlers the signed-in actor. */
@Configuration(proxyBeanMethods = false)
class ConsoleWeb implements WebMvcConfigurer {

  private final ConsoleActors actors;
  private final Authorization authorization;

  ConsoleWeb(ConsoleActors actors, Authorization authorization) {
    this.actors = actors;
    this.authorization = authorization;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Permissions(actors, authorization));
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(
        new HandlerMethodArgumentResolver() {
          @Override
          public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Actor.class;
          }

          @Override
          public Object resolveArgument(
              MethodParameter parameter,
              ModelAndViewContainer mav,
              NativeWebRequest request,
              WebDataBinderFactory binders) {
            return actors.current();
          }
        });
  }
}
