package org.deptbot.bot.telegram;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The command menus Telegram shows, built from what {@code /help} lists ({@link
 * ChatCommand#offeredTo}) so a menu never offers what the person may not run; the engine still
 * checks the permission ({@link ChatCommand#requires}). The public's menu is set for the default
 * scope and all private chats; groups get the public's commands that work in a group; each linked
 * staff member whose commands differ from the public's gets a menu of their own in their private
 * chat (Telegram's chat scope) once they write to the bot there, which is changed with their roles
 * and deleted when they are unlinked or their commands become the public's again (deactivated). The
 * staff menus set are kept in {@code telegram_menus}, so one left from before a restart is still
 * removed.
 */
final class TelegramCommandMenus {

  private static final Logger log = LoggerFactory.getLogger(TelegramCommandMenus.class);
  private static final int MAX_DESCRIPTION = 256;

  /** A staff member's own menu as set on Telegram, by their private chat's id. */
  @Document("telegram_menus")
  record StaffMenu(@Id String chatId, List<String> commands, java.time.Instant setAt) {}

  private final TelegramClient client;
  private final ChatEngine engine;
  private final Authorization authorization;
  private final Messages messages;
  private final ChatLinks links;
  private final StaffMembers staff;
  private final MongoOperations mongo;
  private final Clock clock;

  TelegramCommandMenus(
      TelegramClient client,
      ChatEngine engine,
      Authorization authorization,
      Messages messages,
      ChatLinks links,
      StaffMembers staff,
      MongoOperations mongo,
      Clock clock) {
    this.client = client;
    this.engine = engine;
    this.authorization = authorization;
    this.messages = messages;
    this.links = links;
    this.staff = staff;
    this.mongo = mongo;
    this.clock = clock;
  }

  /** The menus everyone shares: the default one, all private chats' and all groups'. */
  void publishShared() throws TelegramApiException {
    List<BotCommand> everyone = commands(publicNames(c -> true));
    client.execute(SetMyCommands.builder().commands(everyone).build());
    client.execute(
        SetMyCommands.builder()
            .commands(everyone)
            .scope(new BotCommandScopeAllPrivateChats())
            .build());
    client.execute(
        SetMyCommands.builder()
            .commands(commands(publicNames(c -> c.privateOnly().isEmpty())))
            .scope(new BotCommandScopeAllGroupChats())
            .build());
  }

  /**
   * Brings the staff menus already set in line with links and roles changed since (in the console,
   * say): a member unlinked or without staff commands any more loses theirs, one whose roles
   * changed gets the new one. A menu is first set by {@link #refresh} when the member writes to the
   * bot in private: before that Telegram knows no chat to set it for ("chat not found").
   */
  synchronized void reconcile() {
    List<String> everyone = publicNames(c -> true);
    for (StaffMenu current : mongo.findAll(StaffMenu.class)) {
      List<String> names = namesFor(new ChatIdentity(ChatPlatform.TELEGRAM, current.chatId()));
      if (names.equals(everyone)) {
        deleteOwn(current.chatId());
      } else if (!names.equals(current.commands())) {
        setOwn(current.chatId(), names);
      }
    }
  }

  /** After someone wrote in private: their menu, at once, if their link or roles changed it. */
  synchronized void refresh(ChatIdentity identity) {
    List<String> names = namesFor(identity);
    boolean ownMenu = !names.equals(publicNames(c -> true));
    Optional<StaffMenu> current =
        Optional.ofNullable(mongo.findById(identity.userId(), StaffMenu.class));
    if (ownMenu && current.map(m -> !m.commands().equals(names)).orElse(true)) {
      setOwn(identity.userId(), names);
    } else if (!ownMenu && current.isPresent()) {
      deleteOwn(identity.userId());
    }
  }

  private List<String> namesFor(ChatIdentity identity) {
    Actor actor =
        links
            .of(identity)
            .flatMap(link -> staff.byId(link.staffId()))
            .map(member -> Actor.staff(member, identity))
            .orElseGet(() -> Actor.publicUser(identity));
    return names(actor, c -> true);
  }

  private void setOwn(String chatId, List<String> names) {
    try {
      client.execute(
          SetMyCommands.builder()
              .commands(commands(names))
              .scope(new BotCommandScopeChat(chatId))
              .build());
      mongo.save(new StaffMenu(chatId, names, clock.instant()));
    } catch (TelegramApiRequestException refused) {
      log.info("Telegram: a staff menu was not set ({}); trying later", refused.getApiResponse());
    } catch (TelegramApiException unreachable) {
      log.warn("Telegram: a staff menu was not set ({}); trying later", unreachable.getMessage());
    }
  }

  private void deleteOwn(String chatId) {
    BotCommandScope scope = new BotCommandScopeChat(chatId);
    try {
      client.execute(DeleteMyCommands.builder().scope(scope).build());
      mongo.remove(query(where("_id").is(chatId)), StaffMenu.class);
    } catch (TelegramApiRequestException gone) {
      // a chat Telegram no longer knows shows no menu either
      mongo.remove(query(where("_id").is(chatId)), StaffMenu.class);
    } catch (TelegramApiException unreachable) {
      log.warn(
          "Telegram: a staff menu was not removed ({}); trying later", unreachable.getMessage());
    }
  }

  private List<String> publicNames(Predicate<ChatCommand> also) {
    return names(Actor.publicUser(null), also);
  }

  /** What {@code /help} lists for the actor, in its order, as Telegram takes command names. */
  private List<String> names(Actor actor, Predicate<ChatCommand> also) {
    return engine.commands().stream()
        .filter(c -> !c.internal())
        .filter(c -> c.name().matches("[a-z0-9_]{1,32}"))
        .filter(also)
        .filter(c -> c.offeredTo(actor, authorization))
        .map(ChatCommand::name)
        .toList();
  }

  private List<BotCommand> commands(List<String> names) {
    return names.stream().map(n -> new BotCommand(n, description(n))).toList();
  }

  private String description(String name) {
    String text = messages.get("help.command." + name);
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
