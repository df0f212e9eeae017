package org.deptbot.bot.discord;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.FlakyReceivedUpdates;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.templates.Severity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Commands only the Discord tests use: a counter whose button edits it, a slow one, a long one with
 * a photo, and one whose button opens a form; and stored updates whose store can be made slow.
 */
@Configuration(proxyBeanMethods = false)
class DiscordTestCommands {

  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  static NoticePost missingPerson() {
    return new NoticePost(
        "N-2026-000042",
        Severity.SEVERE,
        List.of("EXERCISE – TEST ONLY. No action is needed."),
        "MISSING: Jordan Reyes, 14",
        "Last seen near Elm Park at 4 pm, wearing a red jacket.\nCall 555-0100 with information.",
        "Riverton PD · (555) 555-0100 · Notice N-2026-000042",
        "This account is not monitored around the clock. For emergencies dial 911.",
        new Image("jordan.png", "image/png", PNG));
  }

  /** The stored updates, with a store that tests can make slow or fail. */
  @Bean
  @Primary
  FlakyReceivedUpdates flakyReceivedUpdates(MongoOperations mongo, Clock clock) {
    return new FlakyReceivedUpdates(mongo, clock);
  }

  @Bean
  ChatCommand counter() {
    var presses = new AtomicInteger();
    return new TestCommand("counter") {
      @Override
      public List<Outgoing> handle(ChatContext context, String arguments) {
        var button =
            List.of(List.of(context.button("button.help", ButtonAction.command("counter"))));
        if (context.incoming() instanceof Incoming.ButtonPress press) {
          var text = RichText.plain("Pressed " + presses.incrementAndGet() + " times");
          return List.of(new Outgoing.Edit(press.chat(), press.messageId(), text, button));
        }
        return context.reply(RichText.plain("Pressed 0 times"), button);
      }
    };
  }

  /** A button that opens a form; what is written in it arrives as if typed in the DM. */
  @Bean
  ChatCommand formButton() {
    return new TestCommand("formbutton") {
      @Override
      public List<Outgoing> handle(ChatContext context, String arguments) {
        var form = new Button.Form("Say it", "What to say", null, 100);
        var button = context.buttons().createForm(context.identity(), "Write it", form);
        return context.reply(RichText.plain("Press to write"), List.of(List.of(button)));
      }
    };
  }

  /** 60 lines of 100 characters with a photo and a button: three messages on Discord. */
  @Bean
  ChatCommand longPhoto() {
    return new TestCommand("longphoto") {
      @Override
      public List<Outgoing> handle(ChatContext context, String arguments) {
        var text = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
          text.append(i == 1 ? "" : "\n")
              .append(String.format("line %02d ", i))
              .append("y".repeat(92));
        }
        return List.of(
            new Outgoing.Send(
                context.incoming().chat(),
                RichText.plain(text.toString()),
                List.of(List.of(context.button("button.help", ButtonAction.command("help")))),
                new Image("jordan.png", "image/png", PNG)));
      }
    };
  }

  @Bean
  ChatCommand slow() {
    return new TestCommand("slow") {
      @Override
      public List<Outgoing> handle(ChatContext context, String arguments) {
        try {
          Thread.sleep(4000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return context.reply(RichText.plain("Done, slowly."));
      }
    };
  }

  /** A command for tests only: kept out of /help. */
  abstract static class TestCommand implements ChatCommand {
    private final String name;

    TestCommand(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<Permission> requires() {
      return Optional.empty();
    }

    @Override
    public boolean offeredTo(Actor actor, Authorization authorization) {
      return false;
    }
  }
}
