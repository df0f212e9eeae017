package org.deptbot.bot.training;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.Messages;
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
  static final String CHANNELS = "channels";

  /** The roles offered, in the order the picker shows them. */
  private static final List<Role> ROLES =
      List.of(
          Role.DISPATCHER,
          Role.DISPATCH_SUPERVISOR,
          Role.EMPLOYEE,
          Role.SUPERVISOR,
          Role.APPROVER,
          Role.INTERNAL_AFFAIRS,
          Role.ADMIN);

  private final StaffMembers staff;
  private final ChatLinks links;
  private final Clock clock;
  private final Messages messages;
  private List<Persona> personas;

  TrainingPersonas(StaffMembers staff, ChatLinks links, Clock clock, Messages messages) {
    this.staff = staff;
    this.links = links;
    this.clock = clock;
    this.messages = messages;
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
        role ->
            roster.stream()
                .filter(m -> m.acts(role))
                .filter(m -> personas.stream().noneMatch(p -> p.id().equals(m.id())))
                .sorted(role == Role.SUPERVISOR ? leadsOfficersFirst : Comparator.comparing(m -> 0))
                .findFirst()
                .ifPresent(m -> personas.add(link(m, role))));
    personas.add(
        new Persona(
            PUBLIC,
            messages.get("training.public.label"),
            messages.get("training.public.role"),
            messages.get("training.public.description")));
    personas.add(
        new Persona(
            CHANNELS,
            messages.get("training.channels.label"),
            messages.get("training.channels.role"),
            messages.get("training.channels.description"),
            true));
    return personas;
  }

  Optional<Persona> byId(String id) {
    return personas().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  static ChatIdentity identityOf(String personaId) {
    return new ChatIdentity(ChatPlatform.TRAINING, personaId);
  }

  private Persona link(StaffMember member, Role role) {
    ChatIdentity identity = identityOf(member.id());
    if (links.of(identity).filter(l -> l.staffId().equals(member.id())).isEmpty()) {
      links.relink(ChatLink.of(identity, member.id(), clock.instant(), ChatLink.Source.TRAINING));
    }
    return new Persona(
        member.id(),
        member.name(),
        messages.get("role." + role.name()),
        messages.get("training.persona." + role.name()));
  }
}
