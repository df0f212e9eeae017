package org.deptbot.bot.tips;

import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.Tips;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an urgent tip's card to every member of the desk again, every {@code
 * deptbot.tips.remind-urgent-every} (5 minutes by default), until someone acknowledges it. The
 * first card goes out as for any tip ({@link TipNotifier}); this only repeats it, kept like the
 * first so the next change redraws the reminders too.
 */
class UrgentTipReminders {

  private static final Logger log = LoggerFactory.getLogger(UrgentTipReminders.class);

  private final Tips tips;
  private final TipDesk desk;
  private final TipCards cards;
  private final TipNotifier notifier;
  private final TipProperties properties;

  UrgentTipReminders(
      Tips tips, TipDesk desk, TipCards cards, TipNotifier notifier, TipProperties properties) {
    this.tips = tips;
    this.desk = desk;
    this.cards = cards;
    this.notifier = notifier;
    this.properties = properties;
  }

  /**
   * Reminds the desk of each urgent tip that is due; one member who cannot be reached is skipped.
   */
  void remindDue() {
    for (Tip t : tips.claimUrgentReminders(properties.remindUrgentEvery(), 20)) {
      for (StaffMember member : desk.deskMembers()) {
        try {
          notifier.sendCard(t, member, cards.reminder(t), null);
        } catch (RuntimeException e) {
          log.warn("Could not remind {} of urgent tip {}", member.id(), t.id(), e);
        }
      }
    }
  }
}
