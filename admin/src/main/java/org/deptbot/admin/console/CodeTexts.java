package org.deptbot.admin.console;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.records.RecordScope;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Plain words for what the core stores as codes, for the pages ({@code ${@codeTexts.category(c)}}):
 * category and role names instead of {@code CRIME_PREVENTION_TIP}, "3 years" instead of {@code
 * P3Y}, a staff member's name instead of their id, and who acted in an audit entry.
 */
@Component("codeTexts")
public class CodeTexts {

  private static final String NAMES = CodeTexts.class.getName() + ".names";
  private final MessageSource messages;
  private final StaffMembers staff;

  public CodeTexts(MessageSource messages, StaffMembers staff) {
    this.messages = messages;
    this.staff = staff;
  }

  /** A notice category: "Crime prevention tip". */
  public String category(Object category) {
    return coded("category.", category);
  }

  /** A role: "Internal affairs". */
  public String role(Object role) {
    return coded("role.", role);
  }

  /** A chat platform or audit channel: "Telegram", "Console". */
  public String platform(Object platform) {
    return coded("platform.", platform);
  }

  /**
   * A channel as a list names it: its name and its platform's, unless the name already says it
   * ("#announcements (Discord)").
   */
  public String channel(String name, Object platform) {
    return org.deptbot.core.channels.Channel.labelOf(name, platform(platform));
  }

  public String severity(Object severity) {
    return coded("severity.", severity);
  }

  public String urgency(Object urgency) {
    return coded("urgency.", urgency);
  }

  /**
   * What an audit entry records, in words ("Legal hold placed" for {@code hold.placed}); an action
   * without words of its own is shown as its code.
   */
  public String action(String code) {
    if (code == null) {
      return "";
    }
    return messages.getMessage("action." + code, null, code, LocaleContextHolder.getLocale());
  }

  /** A retention period: "3 years", "1 year and 6 months", "90 days". */
  public String period(Period period) {
    if (period == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(say("period.years", period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(say("period.months", period.getMonths()));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(say("period.days", period.getDays()));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String last = parts.remove(parts.size() - 1);
    return say("period.and", String.join(", ", parts), last);
  }

  /**
   * Who a staff id, or the audit log's word for someone who is not staff, stands for: "Sgt Reyes",
   * "The console by itself (no person)", "A member of the public", "An anonymous reporter". An id
   * nobody has (any more) is shown as it is.
   */
  public String member(String id) {
    if (id == null || id.isBlank()) {
      return say("who.nobody");
    }
    return switch (id) {
      case AuditRecord.SYSTEM -> say("who.system");
      case AuditRecord.PUBLIC -> say("who.public");
      case AuditTrail.ANONYMOUS -> say("who.anonymous");
      default -> names().computeIfAbsent(id, k -> staff.byId(k).map(StaffMember::name).orElse(k));
    };
  }

  private Map<String, String> names() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return new HashMap<>();
    }
    @SuppressWarnings("unchecked")
    Map<String, String> known =
        (Map<String, String>) request.getAttribute(NAMES, RequestAttributes.SCOPE_REQUEST);
    if (known == null) {
      known = new HashMap<>();
      request.setAttribute(NAMES, known, RequestAttributes.SCOPE_REQUEST);
    }
    return known;
  }

  private String coded(String prefix, Object code) {
    if (code == null) {
      return "";
    }
    String name = code instanceof Enum<?> e ? e.name() : code.toString();
    return messages.getMessage(prefix + name, null, name, LocaleContextHolder.getLocale());
  }

  /** What a legal hold covers: "Case or tip R-2026-000042", "Sgt. Ana Reyes’s records (s-030)". */
  public String scope(RecordScope scope) {
    return switch (scope.kind()) {
      case STAFF -> say("records.on.STAFF", member(scope.target()), scope.target());
      case DATE_RANGE -> scope.describe();
      default -> say("records.on." + scope.kind().name(), scope.target());
    };
  }

  private String say(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
