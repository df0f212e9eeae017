package org.deptbot.core.notices.cap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.deptbot.core.templates.NoticeCategory;

/**
 * What the notice says (CAP 1.2 {@code info}). Optional texts may be null or blank; the element is
 * then left out rather than written empty.
 *
 * @param category the notice's category; mapped by {@link CapDocument#categoryOf}
 * @param event a short name for the subject, e.g. "Missing Person"; required
 * @param urgency how soon to act; required
 * @param severity how much harm is threatened; required
 * @param certainty how sure the department is; required
 * @param headline a short summary, or null
 * @param description the full text, or null
 * @param instruction what the public should do, or null
 * @param expires when the notice stops applying, or null
 * @param contact how to reach the department about it, or null
 * @param web a link to more information, or null
 * @param language an RFC 3066 language tag; {@code en-US} when null or blank
 * @param areaDesc the affected area in words; required because CAP requires an area
 * @param resources files that go with the notice; null means none
 * @param areas the affected areas with their geometry; when empty, one {@code area} with only
 *     {@code areaDesc} is written
 */
public record CapInfo(
    NoticeCategory category,
    String event,
    CapUrgency urgency,
    CapSeverity severity,
    CapCertainty certainty,
    String headline,
    String description,
    String instruction,
    OffsetDateTime expires,
    String contact,
    String web,
    String language,
    String areaDesc,
    List<CapResource> resources,
    List<CapArea> areas) {

  public CapInfo(
      NoticeCategory category,
      String event,
      CapUrgency urgency,
      CapSeverity severity,
      CapCertainty certainty,
      String headline,
      String description,
      String instruction,
      OffsetDateTime expires,
      String contact,
      String web,
      String language,
      String areaDesc,
      List<CapResource> resources) {
    this(
        category,
        event,
        urgency,
        severity,
        certainty,
        headline,
        description,
        instruction,
        expires,
        contact,
        web,
        language,
        areaDesc,
        resources,
        List.of());
  }

  /** The language CAP itself assumes when {@code language} is absent. */
  public static final String DEFAULT_LANGUAGE = "en-US";

  // The lexical form of xs:language, which the CAP schema uses for this element.
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  public CapInfo {
    Objects.requireNonNull(category, "category");
    CapText.requireText(event, "event");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(certainty, "certainty");
    CapText.requireText(areaDesc, "areaDesc");
    if (language == null || language.isBlank()) {
      language = DEFAULT_LANGUAGE;
    } else if (!LANGUAGE_TAG.matcher(language).matches()) {
      throw new IllegalArgumentException("language must be a language tag like en-US: " + language);
    }
    resources = resources == null ? List.of() : List.copyOf(resources);
    areas = areas == null ? List.of() : List.copyOf(areas);
  }
}
