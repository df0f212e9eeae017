package org.deptbot.core.zones;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The zones a template names by default (from the seed file's template entry, {@code zones:}); the
 * dispatcher may pick others when issuing.
 *
 * @param templateKey the template's key, the same for all its versions
 * @param zones zone ids, in the seed file's order
 */
@Document("zone_template_defaults")
public record TemplateZones(@Id String templateKey, List<String> zones) {

  public TemplateZones {
    zones = zones == null ? List.of() : List.copyOf(zones);
  }
}
