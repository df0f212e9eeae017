package org.deptbot.admin.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deptbot.admin.console.BadInput;
import org.deptbot.core.access.Actor;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.springframework.stereotype.Component;

/**
 * Adds or changes a channel and records it in the audit trail, its language with what it was
 * before.
 */
@Component
class ChannelEdits {

  private final Channels channels;
  private final AuditTrail audit;
  private final Departments departments;

  ChannelEdits(Channels channels, AuditTrail audit, Departments departments) {
    this.channels = channels;
    this.audit = audit;
    this.departments = departments;
  }

  /** The department's languages, the default first. */
  List<String> languages() {
    return departments
        .current()
        .map(Department::languages)
        .orElse(List.of(Department.DEFAULT_LANGUAGE));
  }

  /** The language {@code channel} posts in: its own, {@link Channel#ALL}, or the default. */
  String languageOf(Channel channel) {
    return channel.language() == null ? languages().get(0) : channel.language();
  }

  Channel save(Actor actor, ChannelChange change) {
    Optional<Channel> before = channels.byId(change.id());
    Channel wanted = change.toChannel().withLanguage(language(change, before));
    if (before.filter(wanted::equals).isPresent()) {
      return wanted;
    }
    channels.save(wanted);
    List<String> details =
        new ArrayList<>(
            List.of(
                "platform",
                wanted.platform().key(),
                "chat",
                wanted.chatId(),
                "categories",
                wanted.categories().toString(),
                "language",
                languageOf(wanted)));
    before
        .map(this::languageOf)
        .filter(was -> !was.equals(languageOf(wanted)))
        .ifPresent(
            was -> {
              details.add("language_before");
              details.add(was);
            });
    audit.record(
        actor,
        before.isEmpty() ? "channel.added" : "channel.updated",
        "channel:" + wanted.id(),
        details.toArray(String[]::new));
    return wanted;
  }

  /**
   * The language to store: none given keeps the channel's own (null for a new one: the default);
   * one it already posts in keeps what is stored, so saving a channel unchanged changes nothing.
   */
  private String language(ChannelChange change, Optional<Channel> before) {
    String kept = before.map(Channel::language).orElse(null);
    String given = change.language();
    if (given == null) {
      return kept;
    }
    if (!given.equals(Channel.ALL) && !languages().contains(given)) {
      throw new BadInput("channels.language.unknown");
    }
    return before.map(this::languageOf).filter(given::equals).isPresent() ? kept : given;
  }
}
