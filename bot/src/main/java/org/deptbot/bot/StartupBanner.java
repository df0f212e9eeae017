package org.deptbot.bot;

import org.deptbot.core.department.Departments;
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

  StartupBanner(Departments departments, StaffMembers staff, Environment environment) {
    this.departments = departments;
    this.staff = staff;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    String health =
        "http://"
            + environment.getProperty("server.address", "127.0.0.1")
            + ":"
            + environment.getProperty("local.server.port", "?")
            + "/actuator/health";
    departments
        .current()
        .ifPresentOrElse(
            d ->
                log.info(
                    "Bot ready for {} ({} staff on the roster).", d.name(), staff.all().size()),
            () ->
                log.info(
                    "Bot ready, but no department is set up yet: set BOT_SEED_FILE to a roster file"
                        + " (see examples/seed.yml) and start again."));
    log.info("Health: {}", health);
    log.info(
        "No chat platform adapter is part of this build yet; nothing is sent to Telegram or Discord.");
  }
}
