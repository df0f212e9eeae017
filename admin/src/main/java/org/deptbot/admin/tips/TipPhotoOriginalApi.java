package org.deptbot.admin.tips;

import static org.deptbot.core.access.Permission.REVEAL_ORIGINAL_FILE;

import java.nio.charset.StandardCharsets;
import org.deptbot.admin.console.BadInput;
import org.deptbot.admin.console.NotFound;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.OriginalFile;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipPhotoOriginals;
import org.deptbot.core.tips.Tips;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tips/{id}/photo/original?reason=…}: the photo of a tip as the tipster sent it
 * (its name and metadata can identify them), for a custodian who states why; the reveal is written
 * to the audit log with the reason. Everyone else sees the cleaned copy, in chat.
 */
@RestController
@Requires(REVEAL_ORIGINAL_FILE)
class TipPhotoOriginalApi {

  private final Tips tips;
  private final TipPhotoOriginals originals;

  TipPhotoOriginalApi(Tips tips, TipPhotoOriginals originals) {
    this.tips = tips;
    this.originals = originals;
  }

  @PostMapping("/api/v1/tips/{id}/photo/original")
  ResponseEntity<byte[]> original(
      Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String reason) {
    Tip tip = tips.byId(id).orElseThrow(() -> new NotFound("Tip " + id));
    if (tip.photoId() == null) {
      throw new NotFound("A photo of tip " + id);
    }
    OriginalFile original;
    try {
      original = originals.reveal(actor, tip, reason);
    } catch (IllegalArgumentException noReason) {
      throw new BadInput("case.reveal.reason-needed");
    } catch (IllegalStateException cannotOpen) {
      throw new BadInput("case.reveal.cannot-open");
    }
    String name = original.fileName().isBlank() ? tip.id() + "-photo" : original.fileName();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Photo-SHA256", tip.photoId())
        .body(original.bytes());
  }
}
