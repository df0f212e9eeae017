package org.deptbot.bot.chat;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The bot's wording, from {@code messages.properties}, so a department can adjust it. */
public class Messages {

  private final MessageSource source;
  private final Locale locale;

  public Messages(MessageSource source, Locale locale) {
    this.source = source;
    this.locale = locale;
  }

  public String get(String key, Object... args) {
    return source.getMessage(key, args, locale);
  }

  /** The same wording in {@code other} (a key it lacks falls back to the default bundle). */
  public Messages in(Locale other) {
    return other == null || other.equals(locale) ? this : new Messages(source, other);
  }

  public Locale locale() {
    return locale;
  }

  public RichText plain(String key, Object... args) {
    return RichText.plain(get(key, args));
  }
}
