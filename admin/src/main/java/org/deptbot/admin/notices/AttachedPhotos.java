package org.deptbot.admin.notices;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.VariableType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photos a notice form carries: a file chosen for a photo blank is stored at once (by its
 * SHA-256, so choosing it twice stores it once) and the blank holds its reference from then on; a
 * reference the form sends back must be one of ours, or the blank is emptied.
 */
@Component
class AttachedPhotos {

  private static final List<String> TYPES = List.of("image/jpeg", "image/png", "image/webp");
  private final NoticePhotos photos;

  AttachedPhotos(NoticePhotos photos) {
    this.photos = photos;
  }

  /**
   * Puts the template's photos into {@code values}.
   *
   * @return false if a chosen file was refused (wrong type, too large or unreadable)
   */
  boolean take(
      Template template, MultiValueMap<String, MultipartFile> files, Map<String, String> values) {
    boolean allTaken = true;
    for (TemplateVariable v : template.variables()) {
      if (v.type() != VariableType.PHOTO) {
        continue;
      }
      MultipartFile chosen = files == null ? null : files.getFirst("photo." + v.name());
      if (chosen != null && !chosen.isEmpty()) {
        if (!TYPES.contains(chosen.getContentType()) || chosen.getSize() > NoticePhotos.MAX_BYTES) {
          allTaken = false;
          continue;
        }
        try {
          values.put(
              v.name(),
              photos.store(
                  chosen.getContentType(), chosen.getOriginalFilename(), chosen.getBytes()));
        } catch (IOException unreadable) {
          allTaken = false;
        }
        continue;
      }
      String sent = values.get(v.name());
      if (sent != null && photos.byValue(sent).isEmpty()) {
        values.remove(v.name()); // not a photo this console stored
      }
    }
    return allTaken;
  }
}
