package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A missing person's photo chosen on the console's notice form, as the chat takes one. */
@ConsoleIntegrationTest
class NoticePhotoIT {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired Notices notices;
  @Autowired NoticePhotos photos;

  @BeforeEach
  void setUp() {
    new ConsoleStaff(staff, accounts, encoder).add("np-disp", Role.DISPATCHER);
    channels.save(
        new Channel(
            "np-alerts",
            ChatPlatform.TELEGRAM,
            "-100555",
            "Alerts np",
            Set.of(NoticeCategory.MISSING_PERSON)));
    if (templates.usable("np_missing").isEmpty()) {
      Instant now = Instant.now();
      templates.add(
          Template.draft(
                  "np_missing",
                  NoticeCategory.MISSING_PERSON,
                  "Missing: {{name}}",
                  "Have you seen {{name}}?",
                  List.of(
                      TemplateVariable.required("name", "Name", VariableType.TEXT),
                      TemplateVariable.required("photo", "Photo", VariableType.PHOTO)),
                  Severity.SEVERE,
                  Urgency.IMMEDIATE,
                  Duration.ofHours(24),
                  List.of(),
                  "np-author",
                  now)
              .submit("np-author", now)
              .approve("np-approver", null, now));
    }
  }

  @Test
  void aChosenPhotoIsKeptThroughThePreviewAndIssuedWithTheNotice() throws Exception {
    String draft = UUID.randomUUID().toString();
    String preview =
        send(form(draft, new MockMultipartFile("photo.photo", "ana.png", "image/png", PNG)))
            .getContentAsString();

    assertThat(preview).contains("A photo is attached");
    var kept = Pattern.compile("name=\"v.photo\" value=\"([^\"]+)\"").matcher(preview);
    assertThat(kept.find()).isTrue();
    assertThat(photos.byValue(kept.group(1))).isPresent();

    String issued =
        send(form(draft).param("v.photo", kept.group(1)).param("issue", "1")).getRedirectedUrl();

    assertThat(issued).startsWith("/notices/N-");
    var notice = notices.byId(issued.substring("/notices/".length())).orElseThrow();
    assertThat(notice.latest().values()).containsEntry("photo", kept.group(1));
  }

  @Test
  void aPhotoReferenceTheConsoleDidNotStoreIsDroppedAndNothingIsIssued() throws Exception {
    var response =
        send(
            form(UUID.randomUUID().toString())
                .param("v.photo", "photo:" + "0".repeat(64))
                .param("issue", "1"));

    assertThat(response.getRedirectedUrl()).isNull();
    assertThat(response.getContentAsString()).contains("needs its photo");
  }

  @Test
  void thePreviewShowsThePhotoServedOnlyToThoseWhoIssueNotices() throws Exception {
    new ConsoleStaff(staff, accounts, encoder).add("np-employee", Role.EMPLOYEE);
    String preview =
        send(form(
                UUID.randomUUID().toString(),
                new MockMultipartFile("photo.photo", "ana.png", "image/png", PNG)))
            .getContentAsString();

    var img =
        Pattern.compile("<img class=\"post-photo\" src=\"(/notices/photos/[0-9a-f]{64})\"")
            .matcher(preview);
    assertThat(img.find()).as("the preview shows the photo").isTrue();
    assertThat(preview).doesNotContain("<script>");

    var shown = send(get(img.group(1)).with(user("np-disp")));
    assertThat(shown.getStatus()).isEqualTo(200);
    assertThat(shown.getContentType()).isEqualTo("image/png");
    assertThat(shown.getContentAsByteArray()).isEqualTo(PNG);
    assertThat(shown.getHeader("Cache-Control")).contains("no-store");

    assertThat(send(get(img.group(1)).with(user("np-employee"))).getStatus()).isEqualTo(403);
    assertThat(send(get("/notices/photos/" + "0".repeat(64)).with(user("np-disp"))).getStatus())
        .isEqualTo(404);
  }

  @Test
  void aFileThatIsNotAPictureIsRefusedWithAReason() throws Exception {
    var response =
        send(
            form(
                    UUID.randomUUID().toString(),
                    new MockMultipartFile("photo.photo", "notes.txt", "text/plain", PNG))
                .param("issue", "1"));

    assertThat(response.getRedirectedUrl()).isNull();
    assertThat(response.getContentAsString()).contains("The photo was not taken");
  }

  private MockHttpServletRequestBuilder form(String draft, MockMultipartFile... files) {
    MockMultipartHttpServletRequestBuilder request = multipart("/notices/new/np_missing");
    for (MockMultipartFile file : files) {
      request.file(file);
    }
    return request
        .param("draftId", draft)
        .param("v.name", "Ana Rivera")
        .param("targets", "np-alerts")
        .param("mode", "LIVE")
        .with(user("np-disp"))
        .with(csrf());
  }

  private org.springframework.mock.web.MockHttpServletResponse send(
      MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
