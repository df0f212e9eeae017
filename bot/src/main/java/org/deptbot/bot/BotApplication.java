package org.deptbot.bot;

import org.deptbot.bot.storage.CopyDatabaseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bot service: holds the platform tokens, talks to Telegram and Discord, delivers notices, and
 * hosts the embedded MongoDB when no {@code MONGODB_URI} is given. It serves no staff UI.
 */
@SpringBootApplication
public class BotApplication {

  /**
   * Starts the bot, or with {@code --copy-database-to mongodb://…} copies its embedded database to
   * that MongoDB and exits (see {@link CopyDatabaseCommand}).
   */
  public static void main(String[] args) {
    if (CopyDatabaseCommand.requested(args)) {
      System.exit(CopyDatabaseCommand.run(args, System.out));
    }
    SpringApplication.run(BotApplication.class, args);
  }
}
