package org.deptbot.admin.channels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.springframework.stereotype.Component;

/** Where notices go: channels per platform, and subscribers per platform and category. */
@Component
class ChannelOverview {

  /** The platforms notices are posted to; the training chat has no channels of its own. */
  static final List<ChatPlatform> PLATFORMS = List.of(ChatPlatform.TELEGRAM, ChatPlatform.DISCORD);

  private final Channels channels;
  private final Subscribers subscribers;

  ChannelOverview(Channels channels, Subscribers subscribers) {
    this.channels = channels;
    this.subscribers = subscribers;
  }

  /** One category's reach: channels posting it and active subscribers, per platform. */
  record CategoryReach(
      NoticeCategory category,
      Map<ChatPlatform, List<String>> channels,
      Map<ChatPlatform, Long> subscribers) {}

  /** Active subscribers on one platform in all. */
  record PlatformTotal(ChatPlatform platform, long channels, long subscribers) {}

  List<Channel> channels() {
    return channels.all();
  }

  List<CategoryReach> reach() {
    List<Channel> all = channels.all();
    List<CategoryReach> rows = new ArrayList<>();
    for (NoticeCategory category : NoticeCategory.values()) {
      Map<ChatPlatform, List<String>> posting = new EnumMap<>(ChatPlatform.class);
      Map<ChatPlatform, Long> counts = new EnumMap<>(ChatPlatform.class);
      for (ChatPlatform platform : PLATFORMS) {
        posting.put(
            platform,
            all.stream()
                .filter(c -> c.platform() == platform && c.receives(category))
                .map(Channel::id)
                .toList());
        counts.put(platform, subscribers.countReceiving(platform, category));
      }
      rows.add(new CategoryReach(category, posting, counts));
    }
    return rows;
  }

  List<PlatformTotal> totals() {
    List<Channel> all = channels.all();
    return PLATFORMS.stream()
        .map(
            p ->
                new PlatformTotal(
                    p,
                    all.stream().filter(c -> c.platform() == p).count(),
                    subscribers.countActive(p)))
        .toList();
  }

  static List<NoticeCategory> categories() {
    return Arrays.asList(NoticeCategory.values());
  }
}
