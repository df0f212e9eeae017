package org.deptbot.bot.delivery;

import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.templates.TimeShown;

/**
 * A notice revision as the bot posts it: the core's {@link NoticeTexts} words it (banners, title,
 * body, footer, disclaimer, from the bot's message bundle), and the photo's bytes are added. The
 * preview a dispatcher confirms is made here too, so it is exactly what is posted.
 */
public class NoticePosts {

  private final NoticeTexts texts;
  private final NoticePhotos photos;
  private final Departments departments;
  private final Messages messages;
  private final TimeShown time;
  private final java.util.Map<String, NoticeTexts> byLanguage =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final org.deptbot.core.channels.Channels channels;

  public NoticePosts(
      Departments departments, NoticePhotos photos, Messages messages, TimeShown time) {
    this(departments, photos, messages, time, null);
  }

  /** Posts that know each channel's language ({@link #forChannel}). */
  public NoticePosts(
      Departments departments,
      NoticePhotos photos,
      Messages messages,
      TimeShown time,
      org.deptbot.core.channels.Channels channels) {
    this.channels = channels;
    this.texts = new NoticeTexts(departments, messages::get, time);
    this.photos = photos;
    this.departments = departments;
    this.messages = messages;
    this.time = time;
  }

  /**
   * The post for one revision in {@code language}: the revision's wording in it and the lines
   * around it (banners, footer) from that language's bundle; null or the default language gives
   * {@link #of(Notice, NoticeRevision)}; {@code all} gives every language the revision has in one
   * post ({@link EveryLanguagePost}).
   */
  public NoticePost of(Notice notice, NoticeRevision revision, String language) {
    if (org.deptbot.core.channels.Channel.ALL.equals(language)) {
      return inEveryLanguage(notice, revision);
    }
    NoticeText text = textIn(notice, revision, language);
    return new NoticePost(text, photoOf(text));
  }

  /**
   * The language channel {@code channelId} posts in: its own, {@code all}, or null (the default,
   * also for a channel no longer stored).
   */
  public String languageOfChannel(String channelId) {
    if (channels == null || channelId == null) {
      return null;
    }
    return channels.byId(channelId).map(org.deptbot.core.channels.Channel::language).orElse(null);
  }

  /** The post for a revision as channel {@code channel} shows it, in its language. */
  public NoticePost forChannel(
      Notice notice, NoticeRevision revision, org.deptbot.core.channels.Channel channel) {
    return of(notice, revision, channel.language());
  }

  /**
   * Every language the department speaks and the revision has wording in (the default always), each
   * under its heading; a revision in the default language only is its plain post.
   */
  private NoticePost inEveryLanguage(Notice notice, NoticeRevision revision) {
    var department = departments.current().orElse(null);
    java.util.List<String> spoken =
        department == null ? java.util.List.of() : department.languages();
    java.util.Map<String, NoticeText> byLanguage = new java.util.LinkedHashMap<>();
    for (String language : spoken) {
      if (language.equals(spoken.get(0)) || revision.wordings().containsKey(language)) {
        byLanguage.put(language, textIn(notice, revision, language));
      }
    }
    if (byLanguage.size() < 2) {
      return of(notice, revision);
    }
    NoticeText text = org.deptbot.core.notices.EveryLanguagePost.of(byLanguage);
    return new NoticePost(text, photoOf(text));
  }

  private NoticeText textIn(Notice notice, NoticeRevision revision, String language) {
    String defaultLanguage =
        departments
            .current()
            .map(org.deptbot.core.department.Department::defaultLanguage)
            .orElse(null);
    if (language == null || language.equals(defaultLanguage)) {
      return texts.of(notice, revision);
    }
    NoticeTexts inLanguage =
        byLanguage.computeIfAbsent(
            language,
            l -> {
              Messages words = messages.in(java.util.Locale.forLanguageTag(l));
              return new NoticeTexts(departments, words::get, time);
            });
    return inLanguage.of(notice.id(), notice.severity(), notice.mode(), revision, language);
  }

  /** The post for {@code notice} as of its latest revision. */
  public NoticePost of(Notice notice) {
    return of(notice, notice.latest());
  }

  /** The post for one revision of {@code notice}. */
  public NoticePost of(Notice notice, NoticeRevision revision) {
    NoticeText text = texts.of(notice, revision);
    return new NoticePost(text, photoOf(text));
  }

  /** The revision's photo, if one of its blanks holds one. A found person's revision has none. */
  private Image photoOf(NoticeText text) {
    return photos
        .byValue(text.photoValue())
        .map(p -> new Image(p.fileName(), p.mediaType(), p.bytes()))
        .orElse(null);
  }
}
