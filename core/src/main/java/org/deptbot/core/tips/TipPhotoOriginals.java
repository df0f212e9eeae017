package org.deptbot.core.tips;

import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.OriginalFile;
import org.deptbot.core.reports.OriginalFiles;

/**
 * Opens the sealed original of a tip's photo (its name and metadata can identify the tipster): only
 * for a custodian ({@link Permission#REVEAL_ORIGINAL_FILE}) who states a reason, which goes into
 * the audit log with the photo's hash.
 */
public class TipPhotoOriginals {

  private final TipPhotos photos;
  private final Authorization authorization;
  private final AuditTrail audit;

  public TipPhotoOriginals(TipPhotos photos, Authorization authorization, AuditTrail audit) {
    this.photos = photos;
    this.authorization = authorization;
    this.audit = audit;
  }

  /**
   * The original of the tip's photo, written to the audit log with the reason.
   *
   * @throws org.deptbot.core.access.NotPermitted without the permission
   * @throws IllegalArgumentException when the reason is missing or too short, or there is no photo
   */
  public OriginalFile reveal(Actor actor, Tip tip, String reason) {
    authorization.require(actor, Permission.REVEAL_ORIGINAL_FILE);
    String why = reason == null ? "" : reason.strip();
    if (why.length() < OriginalFiles.MIN_REASON) {
      throw new IllegalArgumentException("state why the original is needed");
    }
    OriginalFile original =
        photos
            .original(tip.photoId())
            .orElseThrow(() -> new IllegalArgumentException(tip.id() + " has no photo"));
    audit.record(
        actor, "tip.original_revealed", "tip:" + tip.id(), "sha256", tip.photoId(), "reason", why);
    return original;
  }
}
