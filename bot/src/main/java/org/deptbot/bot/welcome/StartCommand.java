package org.deptbot.bot.welcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.staff.StaffMember;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code /start}: who the bot belongs to, the disclaimer, and who you are here. */
@Component
@Order(1)
class StartCommand implements ChatCommand {

  private final Departments departments;

  StartCommand(Departments departments) {
    this.departments = departments;
  }

  @Override
  public String name() {
    return "start";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.empty();
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    Optional<Department> department = departments.current();
    String name =
        department.map(Department::name).orElse(context.text("start.department-fallback"));
    var text =
        RichText.builder()
            .plain(context.text("start.greeting", context.incoming().from().displayName(), name));
    text.newline();
    context
        .actor()
        .activeMember()
        .ifPresentOrElse(
            member ->
                text.plain(context.text("start.staff", member.name(), roles(context, member))),
            () -> text.plain(context.text("start.public")));
    department.ifPresentOrElse(
        d ->
            text.newline()
                .newline()
                .italic(d.disclaimer())
                .newline()
                .plain(context.text("start.contact", d.contact())),
        () -> text.newline().newline().plain(context.text("start.not-set-up")));
    return context.reply(text.build(), buttons(context));
  }

  private static List<List<Button>> buttons(ChatContext context) {
    List<Button> row = new ArrayList<>();
    row.add(context.button("button.help", ButtonAction.command("help")));
    if (!context.actor().isStaff() && context.inPrivateChat()) {
      row.add(context.button("button.enroll", ButtonAction.command("enroll")));
    }
    return List.of(row);
  }

  private static String roles(ChatContext context, StaffMember member) {
    return member.roles().stream()
        .map(role -> context.text("role." + role.name()))
        .collect(Collectors.joining(", "));
  }
}
