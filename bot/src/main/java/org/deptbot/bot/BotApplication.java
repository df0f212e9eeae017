package org.deptbot.bot;

import org.deptbot.core.CoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The bot service: holds the platform tokens, talks to Telegram and Discord, delivers notices, and
 * hosts the embedded MongoDB when no {@code MONGODB_URI} is given. It serves no staff UI.
 */
@SpringBootApplication
@Import(CoreConfiguration.class)
public class BotApplication {

  public static void main(String[] args) {
    SpringApplication.run(BotApplication.class, args);
  }
}
