package org.deptbot.admin.console;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the console's API document at {@code /api/v1/openapi.json} says about itself: the product,
 * its version (from the build) and the two ways a call is signed in.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

  static final String TOKEN = "apiToken";
  static final String SESSION = "consoleSession";

  @Bean
  OpenAPI deptbotApi(ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    String version = properties == null ? "development" : properties.getVersion();
    return new OpenAPI()
        .info(
            new Info()
                .title("deptbot admin console API")
                .version(version)
                .description(
                    "Notices, cases, tips, staff, channels, the audit log and records of one"
                        + " department. Every call acts as a staff member and is allowed only"
                        + " what that member's roles allow; writes are audited."))
        .components(
            new Components()
                .addSecuritySchemes(
                    TOKEN,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("dbt_…")
                        .description(
                            "An API token made on the console's Account page, sent as"
                                + " Authorization: Bearer dbt_…; it acts as its owner and stops"
                                + " working when revoked or when the owner leaves."))
                .addSecuritySchemes(
                    SESSION,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description(
                            "The console's sign-in session; a call that changes something also"
                                + " needs the page's CSRF token in the X-CSRF-TOKEN header.")))
        .addSecurityItem(new SecurityRequirement().addList(TOKEN))
        .addSecurityItem(new SecurityRequirement().addList(SESSION));
  }
}
