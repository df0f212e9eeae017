package org.deptbot.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * The one place a {@link ButtonAction} is written and read, inside a button's sealed document
 * ({@link ButtonActions}). Written as a sub-document with a version, {@code {v: 2, kind: "command",
 * name: "case_act", args: ["R-…", "ack"]}} ({@code kind} {@code answer} carries {@code flow},
 * {@code choice} and {@code value}; {@code form} nothing more). Buttons sent before actions were
 * typed held one string, a command line ({@code /case_act R-… ack}), a flow's answer ({@code
 * flow:notice:pick:2}) or {@code form}: they are still read, so a button already in a chat keeps
 * working after an upgrade. Anything else (an unknown version or kind, a missing or mistyped field)
 * reads as {@link ButtonAction.Unreadable}, which the engine refuses.
 */
final class ButtonActionCodec {

  /** The version of the typed form written now. */
  static final int VERSION = 2;

  /** The field of the sealed document holding the typed action. */
  static final String FIELD = "act";

  /** The field that held the action as one string, before actions were typed. */
  static final String OLD_FIELD = "action";

  /**
   * What a button's id may look like on any platform: Telegram's callback data is 1-64 bytes and
   * Discord's custom id at most 100 characters; the bot makes ids of 17 url-safe characters.
   */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");
  private static final int MOST_ARGUMENTS = 16;
  private static final int LONGEST_CHOICE = 64;

  private ButtonActionCodec() {}

  /** Whether {@code id} can be a button's id at all; anything else is refused before a lookup. */
  static boolean possibleId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The typed action as the sub-document stored under {@link #FIELD}. */
  static Document encode(ButtonAction action) {
    Document d = new Document("v", VERSION);
    if (action instanceof ButtonAction.Command c) {
      requireName(c.name());
      d.append("kind", "command").append("name", c.name()).append("args", c.arguments());
    } else if (action instanceof ButtonAction.Answer a) {
      requireName(a.flow());
      d.append("kind", "answer")
          .append("flow", a.flow())
          .append("choice", a.choice())
          .append("value", a.value());
    } else if (action instanceof ButtonAction.OpenForm) {
      d.append("kind", "form");
    } else {
      throw new IllegalArgumentException("an unreadable action is never stored");
    }
    return d;
  }

  /** The action a button's opened, sealed document holds, in whichever form it was written. */
  static ButtonAction decode(Document plain) {
    Object typed = plain.get(FIELD);
    if (typed != null) {
      return typed instanceof Document d
          ? decodeTyped(d)
          : new ButtonAction.Unreadable("typed action not a document");
    }
    Object old = plain.get(OLD_FIELD);
    return old instanceof String line ? decodeOld(line) : new ButtonAction.Unreadable("no action");
  }

  private static ButtonAction decodeTyped(Document d) {
    if (!(d.get("v") instanceof Integer v) || v != VERSION) {
      return new ButtonAction.Unreadable("unknown version " + d.get("v"));
    }
    Object kind = d.get("kind");
    if ("command".equals(kind)) {
      List<String> args = strings(d.get("args"));
      if (!(d.get("name") instanceof String name) || !NAME.matcher(name).matches()) {
        return new ButtonAction.Unreadable("command without a valid name");
      }
      return args == null
          ? new ButtonAction.Unreadable("command arguments not a list of strings")
          : new ButtonAction.Command(name, args);
    }
    if ("answer".equals(kind)) {
      if (d.get("flow") instanceof String flow
          && NAME.matcher(flow).matches()
          && d.get("choice") instanceof String choice
          && validChoice(choice)
          && (d.get("value") == null || d.get("value") instanceof String)) {
        return new ButtonAction.Answer(flow, choice, d.getString("value"));
      }
      return new ButtonAction.Unreadable("answer without a valid flow or choice");
    }
    if ("form".equals(kind)) {
      return new ButtonAction.OpenForm();
    }
    return new ButtonAction.Unreadable("unknown kind");
  }

  /**
   * A button stored before actions were typed: {@code /name arguments}, {@code
   * flow:name:choice[:value]} or {@code form}. A command's arguments are split at single spaces, so
   * joined again they are exactly what the engine passed on before (an answer's text keeps its line
   * breaks and spacing).
   */
  static ButtonAction decodeOld(String line) {
    if (line.equals("form")) {
      return new ButtonAction.OpenForm();
    }
    if (line.startsWith("flow:")) {
      String[] parts = line.split(":", 3);
      if (parts.length < 3 || !NAME.matcher(parts[1]).matches()) {
        return new ButtonAction.Unreadable("old flow answer without a flow");
      }
      String[] answer = parts[2].split(":", 2);
      if (!validChoice(answer[0])) {
        return new ButtonAction.Unreadable("old flow answer without a choice");
      }
      return new ButtonAction.Answer(parts[1], answer[0], answer.length > 1 ? answer[1] : "");
    }
    if (line.startsWith("/")) {
      String[] parts = line.substring(1).split("\\s+", 2);
      String name = parts[0].split("@", 2)[0].toLowerCase(java.util.Locale.ROOT);
      if (!NAME.matcher(name).matches()) {
        return new ButtonAction.Unreadable("old command without a valid name");
      }
      String rest = parts.length > 1 ? parts[1].strip() : "";
      return new ButtonAction.Command(
          name, rest.isEmpty() ? List.of() : List.of(rest.split(" ", -1)));
    }
    return new ButtonAction.Unreadable("old action of no known form");
  }

  private static boolean validChoice(String choice) {
    return !choice.isEmpty() && choice.length() <= LONGEST_CHOICE;
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list) || list.size() > MOST_ARGUMENTS) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s)) {
        return null;
      }
      out.add(s);
    }
    return out;
  }

  private static void requireName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a command or flow name: " + name);
    }
  }
}
