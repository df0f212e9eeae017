package org.deptbot.core.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deptbot.core.staff.Role;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the staff list. Besides checking each entry, it checks what no single entry shows: ids and
 * chat accounts used twice, supervisors missing from the list, and chains of command that loop.
 */
final class StaffSection {

  private static final List<String> KEYS =
      List.of("id", "name", "roles", "supervisor", "telegram", "discord", "active");
  private static final Pattern TELEGRAM_USER = Pattern.compile("[0-9]{1,20}");
  private static final Pattern DISCORD_ID = Pattern.compile("[0-9]{17,20}");
  private static final String ROLE_NAMES =
      Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

  /** An entry as read, with {@code null} for each value that was missing or not valid. */
  private record Entry(
      YamlMapping yaml,
      String id,
      String name,
      Set<Role> roles,
      String supervisor,
      String telegram,
      String discord,
      boolean active) {}

  private final SeedProblems problems;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> byId = new LinkedHashMap<>();

  private StaffSection(SeedProblems problems) {
    this.problems = problems;
  }

  /** The staff members; complete only when no problems were added. */
  static List<SeedStaffMember> read(List<Node> items, SeedProblems problems) {
    StaffSection section = new StaffSection(problems);
    items.forEach(section::readEntry);
    section.checkSupervisors();
    section.checkUnique("telegram", Entry::telegram);
    section.checkUnique("discord", Entry::discord);
    section.checkChainOfCommand();
    return section.entries.stream()
        .filter(e -> e.id() != null && e.name() != null && e.roles() != null)
        .map(
            e ->
                new SeedStaffMember(
                    e.id(),
                    e.name(),
                    e.roles(),
                    e.supervisor(),
                    e.active(),
                    e.telegram(),
                    e.discord(),
                    e.yaml().line()))
        .toList();
  }

  private void readEntry(Node item) {
    YamlMapping yaml = YamlMapping.read(item, "staff entry", KEYS, problems);
    if (yaml == null) {
      return;
    }
    Entry entry =
        new Entry(
            yaml,
            yaml.id("s-001"),
            yaml.text("name", 120, "name: Dana Whitfield"),
            roles(yaml),
            yaml.optionalText("supervisor", Integer.MAX_VALUE),
            digits(yaml, "telegram", TELEGRAM_USER, "digits only, such as 123456789"),
            digits(yaml, "discord", DISCORD_ID, "17 to 20 digits, such as 112233445566778899"),
            yaml.flag("active", true));
    entries.add(entry);
    if (entry.id() == null) {
      return;
    }
    Entry first = byId.putIfAbsent(entry.id(), entry);
    if (first != null) {
      String message =
          "staff id '%s' is used twice (first on line %d); give each staff member their own id";
      problems.add(yaml.lineOf("id"), message.formatted(entry.id(), first.yaml().line()));
    }
  }

  private Set<Role> roles(YamlMapping yaml) {
    List<Node> items = yaml.items("roles", "write it like 'roles: [EMPLOYEE, SUPERVISOR]'");
    if (items == null) {
      return null;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    boolean allKnown = true;
    for (Node item : items) {
      Role role = role(YamlMapping.scalar(item));
      if (role == null) {
        allKnown = false;
        problems.add(
            item, "role " + YamlMapping.describe(item) + " is not known; use one of " + ROLE_NAMES);
      } else {
        roles.add(role);
      }
    }
    return allKnown ? roles : null;
  }

  private static Role role(String text) {
    if (text == null) {
      return null;
    }
    // Same spelling rules as notice categories, so "internal-affairs" works in both places.
    String wanted = text.replace('-', '_').toUpperCase(Locale.ROOT);
    return Arrays.stream(Role.values())
        .filter(r -> r.name().equals(wanted))
        .findFirst()
        .orElse(null);
  }

  /** A chat user id; YAML may read it as a number, so the text as written is what counts. */
  private String digits(YamlMapping yaml, String key, Pattern pattern, String expected) {
    String id = yaml.optionalText(key, Integer.MAX_VALUE);
    if (id != null && !pattern.matcher(id).matches()) {
      String message = "%s '%s' in %s is not a user id; use the numeric id, %s";
      problems.add(yaml.lineOf(key), message.formatted(key, id, yaml.label(), expected));
      return null;
    }
    return id;
  }

  private void checkSupervisors() {
    for (Entry entry : entries) {
      String supervisor = entry.supervisor();
      if (supervisor == null || entry.id() == null) {
        continue;
      }
      int line = entry.yaml().lineOf("supervisor");
      if (supervisor.equals(entry.id())) {
        problems.add(
            line, entry.id() + " is their own supervisor; name someone else or remove the line");
      } else if (!byId.containsKey(supervisor)) {
        String message =
            "supervisor '%s' of %s is not in the staff list; fix the id or add that person";
        problems.add(line, message.formatted(supervisor, entry.id()));
      }
    }
  }

  private void checkUnique(String key, Function<Entry, String> account) {
    Map<String, Entry> owners = new HashMap<>();
    for (Entry entry : entries) {
      String value = account.apply(entry);
      if (value == null) {
        continue;
      }
      Entry owner = owners.putIfAbsent(value, entry);
      if (owner != null) {
        String message =
            "%s id %s in %s is already used by %s (line %d); an account can belong to one"
                + " staff member only";
        YamlMapping first = owner.yaml();
        problems.add(
            entry.yaml().lineOf(key),
            message.formatted(key, value, entry.yaml().label(), first.label(), first.lineOf(key)));
      }
    }
  }

  private void checkChainOfCommand() {
    // Self and unknown supervisors are reported on their own, so here they end the chain.
    Map<String, String> bosses = new LinkedHashMap<>();
    byId.forEach(
        (id, entry) -> {
          String boss = entry.supervisor();
          boolean counts = boss != null && !boss.equals(id) && byId.containsKey(boss);
          bosses.put(id, counts ? boss : null);
        });
    for (List<String> loop : SupervisorLoops.loops(bosses)) {
      problems.add(
          byId.get(loop.get(0)).yaml().lineOf("supervisor"),
          "chain of command loops: "
              + String.join(" -> ", loop)
              + "; someone in it must have no supervisor or one outside the loop");
    }
  }
}
