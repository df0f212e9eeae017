package org.deptbot.bot.chat;

import java.util.Locale;
import java.util.Optional;
import org.deptbot.core.access.Actor;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;

/**
 * The language each message is answered in. Staff stay in the bot's language ({@code
 * deptbot.chat.locale}); a member of the public gets the language they picked at {@code
 * /subscribe}, else the one their app is set to (Telegram's {@code language_code}, Discord's {@code
 * locale}) when the department speaks it, else the department's default.
 */
public class ReaderLanguages {

  private final Departments departments;
  private final Subscribers subscribers;
  private final Locale staffLocale;

  public ReaderLanguages(Departments departments, Subscribers subscribers, Locale staffLocale) {
    this.departments = departments;
    this.subscribers = subscribers;
    this.staffLocale = staffLocale;
  }

  /** The locale to answer {@code incoming} in. */
  public Locale localeFor(Incoming incoming, Actor actor) {
    if (actor.isStaff()) {
      return staffLocale;
    }
    return Locale.forLanguageTag(languageFor(incoming));
  }

  /**
   * The department's language for this member of the public: picked, else their app's, else the
   * default.
   */
  public String languageFor(Incoming incoming) {
    Department department = departments.current().orElse(Department.of("", "", null, null));
    ChatTarget chat = incoming.chat();
    if (chat.privateChat()) {
      Optional<String> picked =
          subscribers
              .byId(Subscriber.idOf(chat.platform(), chat.chatId()))
              .map(Subscriber::language)
              .filter(department.languages()::contains);
      if (picked.isPresent()) {
        return picked.get();
      }
    }
    return department.languageFor(incoming.from().languageCode());
  }

  /**
   * The locale for a message to a member of the public outside a conversation (a tipster's status
   * change): the language stored for that private chat (picked at {@code /subscribe}), else the
   * department's default. Their app's language comes only with an update, so it is not known here.
   */
  public Locale localeOfPrivateChat(ChatTarget chat) {
    Department department = departments.current().orElse(Department.of("", "", null, null));
    String language =
        subscribers
            .byId(Subscriber.idOf(chat.platform(), chat.chatId()))
            .map(Subscriber::language)
            .filter(department.languages()::contains)
            .orElse(department.defaultLanguage());
    return Locale.forLanguageTag(language);
  }

  /** The department's languages, the default first. */
  public java.util.List<String> spoken() {
    return departments.current().map(Department::languages).orElse(java.util.List.of("en"));
  }
}
