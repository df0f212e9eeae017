package org.deptbot.bot.subscriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.Zones;

/**
 * {@code /zones [zone|all]}, reached from {@code /subscribe}'s "Only some areas" button: the
 * department's zones with a tick on each one the chat follows; a tap adds or removes one, "Every
 * area" clears them. Following no zone (the default) gets every notice of the chosen categories.
 */
class ZonesCommand implements ButtonCommand {

  static final String NAME = "zones";

  private final Subscribers subscribers;
  private final Zones zones;

  ZonesCommand(Subscribers subscribers, Zones zones) {
    this.subscribers = subscribers;
    this.zones = zones;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("subscribe.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.SUBSCRIBE_TO_NOTICES);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    var chat = context.incoming().chat();
    Optional<Subscriber> subscriber =
        subscribers
            .byId(Subscriber.idOf(chat.platform(), chat.chatId()))
            .filter(Subscriber::active);
    if (subscriber.isEmpty() || subscriber.get().categories().isEmpty()) {
      return context.replyWith("zones.subscribe-first");
    }
    List<Zone> all = zones.all();
    if (all.isEmpty()) {
      return context.replyWith("zones.none");
    }
    String wanted = arguments.strip();
    if (wanted.isEmpty()) {
      // a message of its own, under the categories it was reached from
      return show(context, all, subscriber.get().zones(), "zones.heading", false);
    }
    List<String> following = new ArrayList<>(subscriber.get().zones());
    if (wanted.equalsIgnoreCase("all")) {
      following.clear();
    } else {
      Optional<Zone> zone = all.stream().filter(z -> z.id().equalsIgnoreCase(wanted)).findFirst();
      if (zone.isEmpty()) {
        return context.replyWith("zones.unknown", wanted);
      }
      if (!following.remove(zone.get().id())) {
        following.add(zone.get().id());
      }
    }
    Subscriber saved =
        subscribers.followZones(chat.platform(), chat.chatId(), following).orElseThrow();
    return show(context, all, saved.zones(), "zones.saved", true);
  }

  private static List<Outgoing> show(
      ChatContext context,
      List<Zone> all,
      Set<String> following,
      String headingKey,
      boolean inPlace) {
    RichText text =
        RichText.builder()
            .bold(context.text(headingKey))
            .newline()
            .plain(
                context.text(
                    following.isEmpty() ? "zones.everywhere" : "zones.only",
                    String.join(
                        ", ",
                        all.stream()
                            .filter(z -> following.contains(z.id()))
                            .map(Zone::name)
                            .toList())))
            .newline()
            .plain(context.text("zones.explain"))
            .build();
    List<List<Button>> rows = new ArrayList<>();
    for (Zone zone : all) {
      boolean on = following.contains(zone.id());
      rows.add(
          List.of(
              context
                  .buttons()
                  .create(
                      context.identity(),
                      context.text(on ? "subscribe.on" : "subscribe.off", zone.name()),
                      ButtonAction.command(NAME, zone.id()))));
    }
    rows.add(
        List.of(
            context
                .buttons()
                .create(
                    context.identity(),
                    context.text(
                        following.isEmpty() ? "zones.button.every-on" : "zones.button.every"),
                    ButtonAction.command(NAME, "all"))));
    if (inPlace
        && context.incoming() instanceof Incoming.ButtonPress press
        && press.messageId() != null) {
      return List.of(new Outgoing.Edit(context.incoming().chat(), press.messageId(), text, rows));
    }
    return context.reply(text, rows);
  }
}
