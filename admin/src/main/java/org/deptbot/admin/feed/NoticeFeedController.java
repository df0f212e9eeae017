package org.deptbot.admin.feed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.deptbot.admin.console.Public;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeCapMessages;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.cap.CapDocument;
import org.deptbot.core.notices.cap.CapResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /feed/notices.atom} and {@code /feed/notices/{id}/{revision}.xml}: the public record of
 * live notices for alert aggregators, and the department's scheduled test message marked as one
 * ("TEST:" in its title, {@code <status>Test</status>} in its CAP document). Exercises are left
 * out; of a found person's notice only the closing revision is served, because the earlier ones
 * carry the person's details.
 */
@RestController
@Public
@EnableConfigurationProperties(FeedProperties.class)
class NoticeFeedController {

  private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml");
  private static final MediaType CAP = MediaType.parseMediaType("application/cap+xml");

  private final Notices notices;
  private final NoticeDesk desk;
  private final Departments departments;
  private final FeedProperties properties;
  private final NoticePhotos photos;

  NoticeFeedController(
      Notices notices,
      NoticeDesk desk,
      Departments departments,
      FeedProperties properties,
      NoticePhotos photos) {
    this.photos = photos;
    this.notices = notices;
    this.desk = desk;
    this.departments = departments;
    this.properties = properties;
  }

  /** Where the notice applies, as a last line of the summary; nothing for the whole area. */
  private static String where(Notice notice) {
    if (notice.zones().isEmpty()) {
      return "";
    }
    return "\nWhere: "
        + String.join(", ", notice.zones().stream().map(zone -> zone.name()).toList())
        + ".";
  }

  /**
   * Whether the public feed lists a notice: live ones, and the department's scheduled test message,
   * marked as one (an exercise is for its participants, not the public's aggregators).
   */
  private static boolean listed(Notice notice) {
    return notice.mode() == NoticeMode.LIVE || notice.mode() == NoticeMode.TEST;
  }

  /** A test message's entry says so in its title, as its CAP document does in {@code status}. */
  private static String title(Notice notice) {
    return notice.mode() == NoticeMode.TEST
        ? "TEST: " + notice.latest().title()
        : notice.latest().title();
  }

  @GetMapping("/feed/notices.atom")
  ResponseEntity<String> feed() {
    Department department = department();
    List<Notice> live = notices.active().stream().filter(NoticeFeedController::listed).toList();
    List<AtomFeed.Entry> entries =
        live.stream()
            .map(
                n ->
                    new AtomFeed.Entry(
                        "urn:cap:" + properties.sender() + ":" + n.id() + "." + n.latest().number(),
                        title(n),
                        n.latest().body() + where(n),
                        n.latest().at(),
                        base() + "/feed/notices/" + n.id() + "/" + n.latest().number() + ".xml"))
            .toList();
    Instant updated =
        live.stream()
            .map(n -> n.latest().at())
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH);
    String atom =
        AtomFeed.render(
            "urn:deptbot:" + properties.sender() + ":notices",
            department.name(),
            base() + "/feed/notices.atom",
            updated,
            entries);
    return ResponseEntity.ok().contentType(ATOM).body(atom);
  }

  @GetMapping("/feed/notices/{id}/{revision}.xml")
  ResponseEntity<String> cap(@PathVariable String id, @PathVariable int revision) {
    Optional<Notice> notice = notices.byId(id).filter(NoticeFeedController::listed);
    if (notice.isEmpty() || revision < 1 || revision > notice.get().revisions().size()) {
      return ResponseEntity.notFound().build();
    }
    NoticeRevision wanted = notice.get().revisions().get(revision - 1);
    if (notice.get().status() == NoticeStatus.RESOLVED
        && wanted.kind() != NoticeRevision.Kind.FOUND) {
      return ResponseEntity.notFound().build();
    }
    var template = desk.templateOf(notice.get());
    List<CapResource> resources =
        photoOf(wanted)
            .map(
                photo ->
                    List.of(
                        new CapResource(
                            "Photo",
                            photo.mediaType(),
                            (long) photo.bytes().length,
                            base() + "/feed/notices/" + id + "/" + revision + "/photo",
                            sha1(photo.bytes()))))
            .orElse(List.of());
    var alert =
        new NoticeCapMessages(properties.sender(), properties.timeZone())
            .alert(notice.get(), revision, template, department(), resources);
    return ResponseEntity.ok().contentType(CAP).body(CapDocument.render(alert));
  }

  /** The photo of a live notice's revision; never once the person has been found. */
  @GetMapping("/feed/notices/{id}/{revision}/photo")
  ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable int revision) {
    Optional<Notice> notice =
        notices
            .byId(id)
            .filter(n -> n.mode() == NoticeMode.LIVE && n.status() != NoticeStatus.RESOLVED);
    if (notice.isEmpty() || revision < 1 || revision > notice.get().revisions().size()) {
      return ResponseEntity.notFound().build();
    }
    return photoOf(notice.get().revisions().get(revision - 1))
        .map(
            p ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(p.mediaType()))
                    .body(p.bytes()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private Optional<NoticePhotos.Photo> photoOf(NoticeRevision revision) {
    return revision.values().values().stream()
        .filter(NoticePhotos::isPhotoValue)
        .findFirst()
        .flatMap(photos::byValue);
  }

  /** CAP 1.2 names SHA-1 for a resource's digest. */
  private static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-1", e);
    }
  }

  private Department department() {
    return departments.current().orElse(Department.of("Police department", "", null, null));
  }

  private String base() {
    return properties.baseUrl().isBlank()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
        : properties.baseUrl().replaceAll("/+$", "");
  }
}
