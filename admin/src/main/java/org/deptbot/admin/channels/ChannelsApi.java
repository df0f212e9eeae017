package org.deptbot.admin.channels;

import java.util.List;
import java.util.Set;
import org.deptbot.admin.channels.ChannelOverview.CategoryReach;
import org.deptbot.admin.channels.ChannelOverview.PlatformTotal;
import org.deptbot.admin.console.NotFound;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Channels and subscriber counts over the REST API. A department has a handful of channels, so the
 * list comes a page at a time only in name: {@code page} and {@code size} are honoured all the
 * same.
 */
@RestController
@RequestMapping("/api/v1")
@Requires(Permission.MANAGE_CHANNELS)
class ChannelsApi {

  private final ChannelOverview overview;
  private final ChannelEdits edits;
  private final Channels channels;

  ChannelsApi(ChannelOverview overview, ChannelEdits edits, Channels channels) {
    this.overview = overview;
    this.edits = edits;
    this.channels = channels;
  }

  /** A page of channels; {@code page} counts from 0. */
  record ChannelPage(List<Channel> items, int page, int size, long total) {}

  /**
   * A channel as sent to {@code PUT /channels/{id}}; {@code language} is one of the department's
   * languages or {@code all}, and left out keeps the channel's own.
   */
  record ChannelBody(
      ChatPlatform platform,
      String chatId,
      String name,
      Set<NoticeCategory> categories,
      String language) {}

  /** Subscribers and channels per platform, and per category and platform. */
  record SubscriberCounts(List<PlatformTotal> platforms, List<CategoryReach> categories) {}

  @GetMapping("/channels")
  ChannelPage list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    int pageSize = Math.max(1, Math.min(size, 100));
    int pageNumber = Math.max(0, page);
    List<Channel> all = overview.channels();
    List<Channel> items = all.stream().skip((long) pageNumber * pageSize).limit(pageSize).toList();
    return new ChannelPage(items, pageNumber, pageSize, all.size());
  }

  @GetMapping("/channels/{id}")
  Channel channel(@PathVariable String id) {
    return channels.byId(id).orElseThrow(() -> new NotFound("Channel " + id));
  }

  /** Adds the channel or replaces it; the id in the path wins over one in the body. */
  @PutMapping("/channels/{id}")
  Channel save(Actor actor, @PathVariable String id, @RequestBody ChannelBody body) {
    return edits.save(
        actor,
        new ChannelChange(
            id, body.platform(), body.chatId(), body.name(), body.categories(), body.language()));
  }

  @GetMapping("/subscribers/counts")
  SubscriberCounts counts() {
    return new SubscriberCounts(overview.totals(), overview.reach());
  }
}
