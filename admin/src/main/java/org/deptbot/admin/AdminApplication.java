package org.deptbot.admin;

import org.deptbot.core.CoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The admin console: the department's web console and REST API for staff, on the internal network.
 * It shares MongoDB with the bot and never holds a chat platform token.
 */
@SpringBootApplication
@Import(CoreConfiguration.class)
public class AdminApplication {

  public static void main(String[] args) {
    SpringApplication.run(AdminApplication.class, args);
  }
}
