package org.deptbot.admin.notices;

import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.NoticePhotos;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /notices/photos/{sha256}}: a notice's photo for the console's preview, to those who issue
 * notices. Not cached by the browser, since a missing person's photo is removed once they are
 * found.
 */
@Controller
@Requires(Permission.ISSUE_NOTICE)
class NoticePhotoFiles {

  private final NoticePhotos photos;

  NoticePhotoFiles(NoticePhotos photos) {
    this.photos = photos;
  }

  @GetMapping("/notices/photos/{sha256}")
  ResponseEntity<byte[]> photo(@PathVariable String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      return ResponseEntity.notFound().build();
    }
    return photos
        .byValue("photo:" + sha256)
        .map(
            p ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(p.mediaType()))
                    .cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                    .header("X-Content-Type-Options", "nosniff")
                    .body(p.bytes()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
