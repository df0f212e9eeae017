package org.deptbot.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bot service: holds the platform tokens, talks to Telegram and Discord, delivers notices, and
 * hosts the embedded MongoDB when no {@code MONGODB_URI} is given. It serves no staff UI.
 */
@SpringBootApplication
public class BotApplication {

  public static void main(String[] args) {
    SpringApplication.run(BotApplication.class, args);
  }
}
