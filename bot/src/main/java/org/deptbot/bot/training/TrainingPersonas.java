package org.deptbot.bot.training;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;

/**
 * Picks one seeded member per role for the training chat and links a training account to each, so
 * the engine sees them exactly as it sees a linked Telegram or Discord account.
 */
class TrainingPersonas {

  static final String PUBLIC = "public";

  private static final Map<Role, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put(Role.DISPATCHER, "Issues public notices");
    ROLES.put(Role.EMPLOYEE, "Reports posts that break the social media policy");
    ROLES.put(Role.SUPERVISOR, "Triages reports from their team");
    ROLES.put(Role.APPROVER, "Approves notice templates");
    ROLES.put(Role.INTERNAL_AFFAIRS, "Handles cases routed past the chain of command");
    ROLES.put(Role.ADMIN, "Manages staff and enrollment codes");
  }

  private final StaffMembers staff;
  private final ChatLinks links;
  private final Clock clock;
  private List<Persona> personas;

  TrainingPersonas(StaffMembers staff, ChatLinks links, Clock clock) {
    this.staff = staff;
    this.links = links;
    this.clock = clock;
  }

  /** The personas, worked out (and their accounts linked) once: the page polls often. */
  synchronized List<Persona> personas() {
    if (personas == null) {
      personas = List.copyOf(fromRoster());
    }
    return personas;
  }

  private List<Persona> fromRoster() {
    List<StaffMember> roster = staff.all();
    List<Persona> personas = new ArrayList<>();
    var chain = new ChainOfCommand(roster);
    // a supervisor with officers under them shows triage better than the chief at the top
    Comparator<StaffMember> leadsOfficersFirst =
        Comparator.comparing(
            m -> chain.directReports(m.id()).stream().noneMatch(r -> r.acts(Role.EMPLOYEE)));
    ROLES.forEach(
        (role, description) ->
            roster.stream()
                .filter(m -> m.acts(role))
                .filter(m -> personas.stream().noneMatch(p -> p.id().equals(m.id())))
                .sorted(role == Role.SUPERVISOR ? leadsOfficersFirst : Comparator.comparing(m -> 0))
                .findFirst()
                .ifPresent(m -> personas.add(link(m, role, description))));
    personas.add(new Persona(PUBLIC, "Member of the public", "Public", "Anyone who finds the bot"));
    return personas;
  }

  Optional<Persona> byId(String id) {
    return personas().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  static ChatIdentity identityOf(String personaId) {
    return new ChatIdentity(ChatPlatform.TRAINING, personaId);
  }

  private Persona link(StaffMember member, Role role, String description) {
    ChatIdentity identity = identityOf(member.id());
    if (links.of(identity).filter(l -> l.staffId().equals(member.id())).isEmpty()) {
      links.relink(ChatLink.of(identity, member.id(), clock.instant(), ChatLink.Source.TRAINING));
    }
    String roleName =
        role.name().charAt(0) + role.name().substring(1).toLowerCase().replace('_', ' ');
    return new Persona(member.id(), member.name(), roleName, description);
  }
}
