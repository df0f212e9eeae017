package org.deptbot.core.config;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Every setting is a {@code deptbot.*} property, so its environment variable is the property's name
 * in capitals with underscores ({@code deptbot.telegram.token} is {@code DEPTBOT_TELEGRAM_TOKEN}),
 * which Spring binds by itself. The names used before that scheme still work: each one set is
 * mapped onto its property, just after the environment (so the new name, or a command-line
 * argument, wins) and logged once as deprecated. {@code MONGODB_URI} is the name MongoDB tools use
 * everywhere, so it stays without a warning.
 */
public class LegacyEnvironmentNames implements EnvironmentPostProcessor, Ordered {

  static final String SOURCE = "deptbot-legacy-environment-names";

  /** Each old name and the property it sets; an earlier name wins over a later one. */
  static final Map<String, String> NAMES =
      orderedOf(
          entry("BOT_SEED_FILE", "deptbot.seed-file"),
          entry("BOT_HTTP_ADDRESS", "deptbot.bot.http-address"),
          entry("BOT_HTTP_PORT", "deptbot.bot.http-port"),
          entry("TRAINING_PORT", "deptbot.bot.http-port"),
          entry("DEPTBOT_GUARDRAILS_STRICT", "deptbot.notices.guardrails.strict"),
          entry("DEPTBOT_GUARDRAILS_REFUSED_PHRASES", "deptbot.notices.guardrails.refused-phrases"),
          entry("DEPTBOT_GUARDRAILS_WARNED_PHRASES", "deptbot.notices.guardrails.warned-phrases"),
          entry("REPORTS_SEAL_KEY", "deptbot.reports.seal-key"),
          entry("REPORTS_PER_HOUR", "deptbot.reports.per-hour"),
          entry("ANONYMOUS_REPORTS_TO", "deptbot.reports.anonymous-to"),
          entry(
              "REPORTS_CONFLICTS_TO_INTERNAL_AFFAIRS",
              "deptbot.reports.conflicts-to-internal-affairs"),
          entry("REPORT_ACK_REMINDER", "deptbot.reports.ack-reminder"),
          entry("REPORT_ACK_ESCALATION", "deptbot.reports.ack-escalation"),
          entry("APPROVAL_REMIND_AFTER", "deptbot.approvals.remind-after"),
          entry("DEPTBOT_EMERGENCY_REVIEW_WITHIN", "deptbot.notices.emergency-review-within"),
          entry("EMERGENCY_REVIEW_WITHIN", "deptbot.notices.emergency-review-within"),
          entry("TIPS_DESK_ROLE", "deptbot.tips.desk-role"),
          entry("TIPS_PER_HOUR", "deptbot.tips.per-hour"),
          entry("TIPS_URGENT_REMINDER", "deptbot.tips.remind-urgent-every"),
          entry("TELEGRAM_BOT_TOKEN", "deptbot.telegram.token"),
          entry("TELEGRAM_API_URL", "deptbot.telegram.api-url"),
          entry("TELEGRAM_MODE", "deptbot.telegram.mode"),
          entry("TELEGRAM_WEBHOOK_URL", "deptbot.telegram.webhook-url"),
          entry("TELEGRAM_WEBHOOK_SECRET", "deptbot.telegram.webhook-secret"),
          entry("TELEGRAM_POLL_STALE_AFTER", "deptbot.telegram.poll-stale-after"),
          entry("DISCORD_BOT_TOKEN", "deptbot.discord.token"),
          entry("DISCORD_GUILD_ID", "deptbot.discord.guild-id"),
          entry("DISCORD_API_URL", "deptbot.discord.api-url"),
          entry("DISCORD_GATEWAY_URL", "deptbot.discord.gateway-url"),
          entry("DISCORD_GATEWAY_COMPRESSION", "deptbot.discord.gateway-compression"),
          entry("DISCORD_PRIVATE_COMMANDS", "deptbot.discord.private-commands"),
          entry("TRAINING_CHAT", "deptbot.training.enabled"),
          entry("TRAINING_ALLOW_NON_LOOPBACK", "deptbot.training.allow-non-loopback"),
          entry("MONGODB_URI", "deptbot.storage.mongodb-uri"),
          entry("MONGODB_DATABASE", "deptbot.storage.database"),
          entry("BOT_DATA_DIR", "deptbot.storage.data-dir"),
          entry("EMBEDDED_MONGO_PORT", "deptbot.storage.embedded-port"),
          entry("ADMIN_MAX_UPLOAD", "deptbot.console.max-upload"),
          entry("ADMIN_HTTP_ADDRESS", "deptbot.console.http-address"),
          entry("ADMIN_HTTP_PORT", "deptbot.console.http-port"),
          entry("ADMIN_SESSION_TIMEOUT", "deptbot.console.session-timeout"),
          entry("ADMIN_SECURE_COOKIE", "deptbot.console.secure-cookie"),
          entry("ADMIN_BOOTSTRAP_PASSWORD", "deptbot.console.bootstrap-password"),
          entry("ADMIN_MAX_FAILED_LOGINS", "deptbot.console.max-failed-logins"),
          entry("ADMIN_LOCK_FOR", "deptbot.console.lock-for"),
          entry("ADMIN_OIDC_STAFF_CLAIM", "deptbot.console.oidc-staff-claim"),
          entry("CAP_SENDER", "deptbot.feed.sender"),
          entry("FEED_BASE_URL", "deptbot.feed.base-url"),
          entry("RETENTION_NOTICES", "deptbot.retention.notices"),
          entry("RETENTION_REPORTS", "deptbot.retention.reports"),
          entry("RETENTION_TIPS", "deptbot.retention.tips"),
          entry("RETENTION_TEMPLATES", "deptbot.retention.templates"),
          entry("RETENTION_PURGE_CRON", "deptbot.records.purge-cron"));

  private static final Set<String> STANDARD =
      Set.of("MONGODB_URI", "DEPTBOT_EMERGENCY_REVIEW_WITHIN");

  private final Log log;

  public LegacyEnvironmentNames(DeferredLogFactory logs) {
    this.log = logs.getLog(LegacyEnvironmentNames.class);
  }

  /** What the old names set, and a warning for each. */
  record Mapped(Map<String, Object> properties, List<String> warnings) {}

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    PropertySource<?> variables =
        environment
            .getPropertySources()
            .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    if (variables == null || !(variables.getSource() instanceof Map<?, ?> names)) {
      return;
    }
    Map<String, Object> byName = new LinkedHashMap<>();
    names.forEach((name, value) -> byName.put(String.valueOf(name), value));
    Mapped mapped = map(byName);
    mapped.warnings().forEach(log::warn);
    if (!mapped.properties().isEmpty()) {
      environment
          .getPropertySources()
          .addAfter(
              StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
              new MapPropertySource(SOURCE, mapped.properties()));
    }
  }

  static Mapped map(Map<String, Object> environment) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    NAMES.forEach(
        (old, property) -> {
          Object value = environment.get(old);
          if (value == null) {
            return;
          }
          String current = variableOf(property);
          if (environment.containsKey(current)) {
            warnings.add(old + " is ignored: " + current + " is set too, and wins.");
          } else if (properties.putIfAbsent(property, value) != null) {
            warnings.add(old + " is ignored: another old name for " + current + " is set.");
          } else if (!STANDARD.contains(old)) {
            warnings.add(
                old + " is an old name and will stop working in a later release: use " + current);
          }
        });
    return new Mapped(properties, warnings);
  }

  /** The environment variable Spring reads for a property. */
  static String variableOf(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  @SafeVarargs
  private static Map<String, String> orderedOf(Map.Entry<String, String>... entries) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries) {
      names.put(e.getKey(), e.getValue());
    }
    return names;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
