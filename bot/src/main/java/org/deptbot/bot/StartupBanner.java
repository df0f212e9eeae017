package org.deptbot.bot;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the bot what it is running for and where to look next. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final Departments departments;
  private final StaffMembers staff;
  private final Environment environment;
  private final List<ChatAdapter> adapters;

  StartupBanner(
      Departments departments,
      StaffMembers staff,
      Environment environment,
      List<ChatAdapter> adapters) {
    this.departments = departments;
    this.staff = staff;
    this.environment = environment;
    this.adapters = adapters;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    String base =
        "http://"
            + environment.getProperty("server.address", "127.0.0.1")
            + ":"
            + environment.getProperty("local.server.port", "?");
    departments
        .current()
        .ifPresentOrElse(
            d ->
                log.info(
                    "Bot ready for {} ({} staff on the roster).", d.name(), staff.all().size()),
            () ->
                log.info(
                    "Bot ready, but no department is set up yet: set DEPTBOT_SEED_FILE to a roster file"
                        + " (see examples/seed.yml) and start again."));
    log.info("Health: {}/actuator/health", base);
    Set<ChatPlatform> on = adapters.stream().map(ChatAdapter::platform).collect(Collectors.toSet());
    if (on.contains(ChatPlatform.TELEGRAM)) {
      log.info("Telegram is on.");
    } else {
      log.info("Telegram is off: set DEPTBOT_TELEGRAM_TOKEN to connect the bot to Telegram.");
    }
    if (on.contains(ChatPlatform.DISCORD)) {
      log.info("Discord is on.");
    } else {
      log.info(
          "Discord is off: set DEPTBOT_DISCORD_TOKEN (and DEPTBOT_DISCORD_GUILD_ID) to connect the bot to"
              + " Discord.");
    }
    if (on.contains(ChatPlatform.TRAINING)) {
      log.info(
          "Training chat: open {}/ in a browser, pick a persona and send /start."
              + " Nothing there reaches Telegram or Discord.",
          base);
    }
  }
}
