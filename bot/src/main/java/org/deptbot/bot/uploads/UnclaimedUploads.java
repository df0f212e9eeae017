package org.deptbot.bot.uploads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.Tips;

/**
 * Deletes evidence files and tip photos whose intake never became a case or a tip: sent longer ago
 * than the flow's idle limit, filed under no stored report or tip, and held by no flow still
 * running. Their sealed originals go with them. Each sweep that deletes anything is audited, with
 * counts only.
 */
public class UnclaimedUploads {

  /** What one sweep deleted. */
  public record Swept(int files, int photos) {}

  private final EvidenceStore evidence;
  private final TipPhotos photos;
  private final Reports reports;
  private final Tips tips;
  private final Conversations conversations;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration idleLimit;

  public UnclaimedUploads(
      EvidenceStore evidence,
      TipPhotos photos,
      Reports reports,
      Tips tips,
      Conversations conversations,
      AuditTrail audit,
      Clock clock,
      Duration idleLimit) {
    this.evidence = evidence;
    this.photos = photos;
    this.reports = reports;
    this.tips = tips;
    this.conversations = conversations;
    this.audit = audit;
    this.clock = clock;
    this.idleLimit = idleLimit;
  }

  public Swept sweep() {
    Instant cutoff = clock.instant().minus(idleLimit);
    int files = 0;
    for (String intake : evidence.intakesWithFilesBefore(cutoff)) {
      if (reports.byIntakeKey(intake).isEmpty() && !conversations.holds("intake", intake)) {
        files += evidence.removeIntake(intake);
      }
    }
    int removedPhotos = 0;
    for (String photo : photos.storedBefore(cutoff)) {
      if (!tips.anyWithPhoto(photo)
          && !conversations.holds("photo", photo)
          && photos.remove(photo)) {
        removedPhotos++;
      }
    }
    if (files + removedPhotos > 0) {
      audit.system(
          "uploads.unclaimed_purged",
          "uploads:unclaimed",
          "files",
          String.valueOf(files),
          "photos",
          String.valueOf(removedPhotos),
          "idleLimit",
          idleLimit.toString());
    }
    return new Swept(files, removedPhotos);
  }
}
