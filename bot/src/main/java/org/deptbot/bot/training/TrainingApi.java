package org.deptbot.bot.training;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Messages;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.NoticePhotos;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API the training page talks to. */
@RestController
@ConditionalOnTrainingChat
@RequestMapping("/training/api")
class TrainingApi {

  private static final int MAX_TEXT = 4000;
  private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

  private final TrainingPersonas personas;
  private final TrainingChat chat;
  private final Departments departments;
  private final Messages messages;

  TrainingApi(
      TrainingPersonas personas, TrainingChat chat, Departments departments, Messages messages) {
    this.personas = personas;
    this.chat = chat;
    this.departments = departments;
    this.messages = messages;
  }

  record SaidText(String text) {}

  record Pressed(String messageId, String buttonId) {}

  record Page(List<Transcript.Entry> messages, long last) {}

  @GetMapping("/personas")
  List<Persona> personas() {
    return personas.personas();
  }

  @GetMapping("/department")
  Map<String, String> department() {
    return departments
        .current()
        .map(d -> Map.of("name", d.name(), "disclaimer", d.disclaimer()))
        .orElse(Map.of("name", messages.get("training.department-fallback"), "disclaimer", ""));
  }

  @PostMapping("/personas/{id}/messages")
  ResponseEntity<?> say(@PathVariable String id, @RequestBody SaidText said) {
    var persona = personas.byId(id);
    if (persona.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, messages.get("training.no-persona", id));
    }
    if (persona.get().readOnly()) {
      return problem(HttpStatus.BAD_REQUEST, messages.get("training.read-only"));
    }
    if (said == null || said.text() == null || said.text().isBlank()) {
      return problem(HttpStatus.BAD_REQUEST, messages.get("training.empty"));
    }
    if (said.text().length() > MAX_TEXT) {
      return problem(HttpStatus.BAD_REQUEST, messages.get("training.too-long"));
    }
    chat.say(persona.get(), said.text());
    return ResponseEntity.accepted().build();
  }

  /**
   * A photo from the page, sent as the request body with its type ({@code image/jpeg}, {@code
   * image/png} or {@code image/webp}) and its name in {@code X-File-Name}; up to 10 MB.
   */
  @PostMapping("/personas/{id}/photos")
  ResponseEntity<?> photo(
      @PathVariable String id,
      @RequestHeader(value = "Content-Type", defaultValue = "") String mediaType,
      @RequestHeader(value = "X-File-Name", defaultValue = "photo") String fileName,
      @RequestHeader(value = "Content-Length", defaultValue = "-1") long length,
      InputStream body)
      throws IOException {
    var persona = personas.byId(id);
    if (persona.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, messages.get("training.no-persona", id));
    }
    if (persona.get().readOnly()) {
      return problem(HttpStatus.BAD_REQUEST, messages.get("training.read-only"));
    }
    String type = mediaType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (!PHOTO_TYPES.contains(type)) {
      return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("training.photo-type"));
    }
    if (length > NoticePhotos.MAX_BYTES) {
      return problem(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("training.photo-size"));
    }
    byte[] bytes = body.readNBytes(NoticePhotos.MAX_BYTES + 1);
    if (bytes.length > NoticePhotos.MAX_BYTES) {
      return problem(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("training.photo-size"));
    }
    if (bytes.length == 0) {
      return problem(HttpStatus.BAD_REQUEST, messages.get("training.photo-empty"));
    }
    String name =
        URLDecoder.decode(fileName, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}/\\\\]", "");
    chat.send(persona.get(), new Image(name.isBlank() ? "photo" : name, type, bytes));
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/personas/{id}/presses")
  ResponseEntity<?> press(@PathVariable String id, @RequestBody Pressed pressed) {
    var persona = personas.byId(id);
    if (persona.isEmpty()
        || pressed == null
        || !chat.press(persona.get(), pressed.messageId(), pressed.buttonId())) {
      return problem(HttpStatus.NOT_FOUND, messages.get("training.no-button"));
    }
    return ResponseEntity.accepted().build();
  }

  @GetMapping("/personas/{id}/messages")
  ResponseEntity<?> messages(
      @PathVariable String id, @RequestParam(defaultValue = "0") long after) {
    if (personas.byId(id).isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, messages.get("training.no-persona", id));
    }
    Transcript transcript = chat.transcript(id);
    return ResponseEntity.ok(new Page(transcript.after(after), transcript.last()));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
