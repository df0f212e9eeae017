package org.deptbot.admin.channels;

import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.springframework.stereotype.Component;

/** Adds or changes a channel and records it in the audit trail. */
@Component
class ChannelEdits {

  private final Channels channels;
  private final AuditTrail audit;

  ChannelEdits(Channels channels, AuditTrail audit) {
    this.channels = channels;
    this.audit = audit;
  }

  Channel save(Actor actor, ChannelChange change) {
    var before = channels.byId(change.id());
    // the console does not set a channel's language (the seed file does): a change keeps it
    Channel wanted = change.toChannel().withLanguage(before.map(Channel::language).orElse(null));
    if (before.filter(wanted::equals).isPresent()) {
      return wanted;
    }
    channels.save(wanted);
    audit.record(
        actor,
        before.isEmpty() ? "channel.added" : "channel.updated",
        "channel:" + wanted.id(),
        "platform",
        wanted.platform().key(),
        "chat",
        wanted.chatId(),
        "categories",
        wanted.categories().toString());
    return wanted;
  }
}
