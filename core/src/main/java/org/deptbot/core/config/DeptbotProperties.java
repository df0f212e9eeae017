package org.deptbot.core.config;

import java.time.Duration;
import java.time.ZoneId;
import org.deptbot.core.staff.Role;
import org.deptbot.core.templates.DateOrder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings the bot and the console share ({@code deptbot.*}): read once here instead of in each
 * bean that needs them. Each module's own settings live beside it ({@code deptbot.telegram}, {@code
 * deptbot.delivery}, {@code deptbot.console}, …), under the same root.
 *
 * @param timeZone the department's time zone: how a typed "18:30" is read, and every time shown
 * @param dateOrder how dates typed in digits are read (MDY, DMY or YMD)
 * @param seedFile the seed file imported at start-up; empty: the roster stays as it is
 * @param reports how cases are routed
 * @param tips who reads tips
 * @param notices how emergency issues are reviewed
 */
@ConfigurationProperties("deptbot")
public record DeptbotProperties(
    @DefaultValue("UTC") ZoneId timeZone,
    @DefaultValue("MDY") DateOrder dateOrder,
    @DefaultValue("") String seedFile,
    @DefaultValue Reports reports,
    @DefaultValue Tips tips,
    @DefaultValue Notices notices) {

  /**
   * @param conflictsToInternalAffairs a report about anyone in the reporter's chain of command goes
   *     straight to internal affairs
   * @param sealKey base64 of 32 bytes ({@code DEPTBOT_REPORTS_SEAL_KEY}, from the environment
   *     only): seals anonymous reporters' and tipsters' contacts, drafts and buttons in the bot,
   *     and the originals of sent files, which the console opens with the same key
   */
  public record Reports(
      @DefaultValue("false") boolean conflictsToInternalAffairs, @DefaultValue("") String sealKey) {

    @Override
    public String toString() {
      // the key stays out of logs and failure messages
      return "Reports[conflictsToInternalAffairs=" + conflictsToInternalAffairs + ", sealKey=***]";
    }
  }

  /**
   * @param deskRole the role whose members receive public tips
   */
  public record Tips(@DefaultValue("DISPATCHER") Role deskRole) {}

  /**
   * @param emergencyReviewWithin how soon the approvers are to review a notice posted as an
   *     emergency issue ({@code DEPTBOT_EMERGENCY_REVIEW_WITHIN}); after that, and after each such
   *     period again, the request goes one level up the chain
   * @param emergencyLasts how long an emergency issue stays up unless updated or cancelled sooner
   */
  public record Notices(
      @DefaultValue("PT30M") Duration emergencyReviewWithin,
      @DefaultValue("PT12H") Duration emergencyLasts) {}
}
