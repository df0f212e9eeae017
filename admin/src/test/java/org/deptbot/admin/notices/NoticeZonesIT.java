package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.templates.TemplateFixtures;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.GeoPoint;
import org.deptbot.core.zones.Geocode;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.ZoneCircle;
import org.deptbot.core.zones.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A notice's zones in the console: picked on the issue form (the template's default ticked), shown
 * on the notice's page with a map drawn on the server, and written to its CAP document; the REST
 * API takes zone ids too, refusing one the department does not have.
 */
@ConsoleIntegrationTest
class NoticeZonesIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Templates templates;
  @Autowired Channels channels;
  @Autowired Notices notices;
  @Autowired Zones zones;

  @BeforeEach
  void setUp() {
    new ConsoleStaff(staff, accounts, encoder).add("nz-disp", Role.DISPATCHER);
    var t = new TemplateFixtures(templates, channels);
    t.channel("nz-alerts");
    if (templates.usable("nz_road").isEmpty()) {
      t.approved("nz_road", "nz-a", "nz-b");
    }
    zones.saveBounds(Bounds.of(41.80, -88.06, 41.90, -87.94));
    zones.save(
        new Zone(
            "nz-downtown",
            "Downtown",
            List.of(
                new GeoPoint(41.862, -88.012),
                new GeoPoint(41.862, -87.988),
                new GeoPoint(41.846, -87.988),
                new GeoPoint(41.846, -88.012),
                new GeoPoint(41.862, -88.012)),
            null,
            List.of(new Geocode("ZIP", "60601"))));
    zones.save(
        new Zone(
            "nz-riverside",
            "Riverside",
            List.of(),
            new ZoneCircle(new GeoPoint(41.828, -88.03), 1.2),
            List.of()));
    zones.saveDefaults("nz_road", List.of("nz-riverside"));
  }

  @Test
  void theFormOffersTheZonesWithTheTemplatesDefaultTicked() throws Exception {
    String form = page("/notices/new/nz_road");

    assertThat(checkbox(form, "nz-riverside")).contains("checked");
    assertThat(checkbox(form, "nz-downtown")).doesNotContain("checked");
    assertThat(form).contains("Tick none for the whole area");
  }

  @Test
  void theNoticePageSaysTheZonesAndDrawsThemOnAMapOfItsOwn() throws Exception {
    String id = issue("nz-downtown");

    assertThat(notices.byId(id).orElseThrow().zoneIds()).containsExactly("nz-downtown");
    String shown = page("/notices/" + id);
    assertThat(shown).containsPattern("<dd id=\"zones\">Downtown</dd>");
    String svg = between(shown, "<svg", "</svg>");
    assertThat(svg)
        .contains("class=\"zone named\" data-zone=\"nz-downtown\"")
        .contains("class=\"zone\" data-zone=\"nz-riverside\"")
        .contains("<title>Zones of " + id + ": Downtown</title>");
    // drawn on the server: no tiles, links or scripts from anywhere
    assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http")
        .doesNotContain("href")
        .doesNotContain("<script");
  }

  @Test
  void aNoticeForTheWholeAreaFillsNoZoneAndItsCapHasOneAreaInWords() throws Exception {
    String id = issue();

    assertThat(page("/notices/" + id))
        .containsPattern("<dd id=\"zones\">The whole area</dd>")
        .doesNotContain("zone named");
    assertThat(page("/notices/" + id + "/1.xml")).doesNotContain("<polygon>");
  }

  @Test
  void theCapDocumentCarriesTheZonesGeometry() throws Exception {
    String id = issue("nz-downtown", "nz-riverside");

    String cap = page("/notices/" + id + "/1.xml");

    assertThat(cap)
        .contains("<areaDesc>Downtown</areaDesc>")
        .contains(
            "<polygon>41.862,-88.012 41.862,-87.988 41.846,-87.988 41.846,-88.012"
                + " 41.862,-88.012</polygon>")
        .contains("<valueName>ZIP</valueName>")
        .contains("<areaDesc>Riverside</areaDesc>")
        .contains("<circle>41.828,-88.03 1.2</circle>");
  }

  @Test
  void thePublicFeedSaysWhere() throws Exception {
    String id = issue("nz-riverside");

    String atom =
        mvc.perform(get("/feed/notices.atom")).andReturn().getResponse().getContentAsString();
    List<String> entries =
        java.util.Arrays.stream(atom.split("<entry>")).filter(e -> e.contains(id + ".")).toList();

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0)).contains("Where: Riverside.");
    assertThat(
            mvc.perform(get("/feed/notices/" + id + "/1.xml"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("<circle>41.828,-88.03 1.2</circle>");
  }

  @Test
  void theApiIssuesANoticeForTheZonesItNamesAndRefusesAnUnknownOne() throws Exception {
    long before = notices.count();

    mvc.perform(api("\"nz-riverside\", \"nz-nowhere\""))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("not one of the department's zones")));
    assertThat(notices.count()).isEqualTo(before);

    String location =
        mvc.perform(api("\"nz-riverside\""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.notice.zones[0].id").value("nz-riverside"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertThat(notices.byId(id).orElseThrow().zoneIds()).containsExactly("nz-riverside");
  }

  private MockHttpServletRequestBuilder api(String zoneIds) {
    return post("/api/v1/notices")
        .with(user("nz-disp"))
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"draftId":"%s","template":"nz_road","values":{"street":"Main St","until":"18:00"},
             "targets":["nz-alerts"],"zones":[%s]}"""
                .formatted(UUID.randomUUID(), zoneIds));
  }

  private String issue(String... zoneIds) throws Exception {
    var request =
        post("/notices/new/nz_road")
            .with(user("nz-disp"))
            .with(csrf())
            .param("draftId", UUID.randomUUID().toString())
            .param("v.street", "Main St")
            .param("v.until", "18:00")
            .param("targets", "nz-alerts")
            .param("mode", "LIVE")
            .param("issue", "1");
    for (String zone : zoneIds) {
      request.param("zones", zone);
    }
    String to = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
    assertThat(to).startsWith("/notices/N-");
    return to.substring("/notices/".length());
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(user("nz-disp")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String checkbox(String html, String zoneId) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"zones\"[^>]*value=\"" + zoneId + "\"[^>]*>")
            .matcher(html);
    assertThat(m.find()).as("a checkbox for " + zoneId).isTrue();
    return m.group();
  }

  private static String between(String html, String from, String to) {
    int start = html.indexOf(from);
    assertThat(start).as("the page holds " + from).isNotNegative();
    return html.substring(start, html.indexOf(to, start) + to.length());
  }
}
