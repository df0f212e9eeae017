package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.deptbot.core.department.Department;
import org.deptbot.core.notices.cap.CapDocument;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateWording;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A notice in the department's languages: wording per language, blanks filled once, CAP infos. */
class NoticeLanguagesTest {

  private static final Department BILINGUAL =
      Department.of(
              "Riverton Police Department",
              "Non-emergency (555) 010-4400",
              "https://police.riverton.example",
              "Not monitored around the clock.")
          .withLanguages(List.of("en", "es"));
  private static final TemplateWording SPANISH =
      new TemplateWording("Calle cerrada: {{street}}", "{{street}} está cerrada.");

  private final NoticeCapMessages cap =
      new NoticeCapMessages("police.riverton.example", ZoneId.of("America/New_York"));

  @Test
  void aTemplateStoredBeforeLanguagesSpeaksTheDefaultAndSaysWhichDeclaredLanguageItLacks() {
    Template old = NoticeFixtures.approvedRoadClosure();

    assertThat(old.wordings()).isEmpty();
    assertThat(old.wordingIn("es").title()).isEqualTo("Road closure: {{street}}");
    assertThat(old.missingLanguages(BILINGUAL.languages())).containsExactly("es");
    assertThat(spanish().missingLanguages(BILINGUAL.languages())).isEmpty();
  }

  @Test
  void aWordingUsingABlankTheTemplateDoesNotDeclareIsRefused() {
    assertThatThrownBy(
            () ->
                NoticeFixtures.pendingRoadClosure()
                    .withWordings(Map.of("es", new TemplateWording("Calle: {{calle}}", "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{{calle}}")
        .hasMessageContaining("es wording");
  }

  @Test
  void approvalKeepsEveryLanguageAndARevisionKeepsTheWordingsItsBlanksStillFit() {
    Template approved = spanish();
    assertThat(approved.wordings()).containsEntry("es", SPANISH);

    Template revised =
        approved.revise(
            "Road closed: {{street}}",
            "{{street}} is closed.",
            approved.variables(),
            "s-060",
            NoticeFixtures.T0);
    assertThat(revised.wordings()).containsEntry("es", SPANISH);
  }

  @Test
  void theBlanksAreFilledOnceAndEveryLanguageCarriesTheSameAnswer() {
    Notice notice = issue();

    NoticeRevision first = notice.latest();
    assertThat(first.title()).isEqualTo("Road closure: Main St");
    assertThat(first.in("es").title()).isEqualTo("Calle cerrada: Main St");
    assertThat(first.in("es").body()).isEqualTo("Main St está cerrada.");
    assertThat(first.in("fr").title()).isEqualTo("Road closure: Main St");

    Notice cancelled = notice.cancel("Reopened.", "s-050", NoticeFixtures.T0.plusSeconds(60));
    assertThat(cancelled.latest().in("es").title()).isEqualTo("Calle cerrada: Main St");
  }

  @Test
  void theCancelledAndUpdatedLinesOfTheSpanishPostSayTheTimeInSpanish() {
    java.time.Instant at = NoticeFixtures.T0.plusSeconds(60); // Saturday 21 Nov 2026, 21:50 UTC
    java.time.Clock clock = java.time.Clock.fixed(at, ZoneId.of("UTC"));
    org.deptbot.core.department.Departments departments =
        new org.deptbot.core.department.Departments(null) {
          @Override
          public java.util.Optional<Department> current() {
            return java.util.Optional.of(BILINGUAL);
          }
        };
    org.deptbot.core.templates.TimeShown time =
        new org.deptbot.core.templates.TimeShown(
            clock, ZoneId.of("UTC"), org.deptbot.core.templates.TimeShown.bundled());
    NoticeTexts english =
        new NoticeTexts(departments, org.deptbot.core.templates.TimeShown.bundled(), time);
    NoticeTexts spanishWords =
        new NoticeTexts(
            departments,
            org.deptbot.core.templates.TimeShown.bundled(java.util.Locale.forLanguageTag("es")),
            time);
    Notice cancelled = issue().cancel("", "s-050", at);

    NoticeText inSpanish =
        spanishWords.of(
            cancelled.id(), cancelled.severity(), cancelled.mode(), cancelled.latest(), "es");
    NoticeText inEnglish = english.of(cancelled);

    assertThat(inSpanish.banners())
        .singleElement()
        .asString()
        .startsWith("CANCELADO sáb 21 nov, 21:50 UTC")
        .doesNotContain("Sat");
    assertThat(inEnglish.banners()).singleElement().asString().contains("Sat 21 Nov, 21:50 UTC");
  }

  @Test
  void aCapAlertHasOneInfoPerLanguageInOrderEachWithItsLanguageAndTheSameArea() throws Exception {
    Notice notice = issue();

    Element alert = parse(CapDocument.render(cap.alert(notice, 1, spanish(), BILINGUAL)));

    assertThat(childNames(alert))
        .containsExactly(
            "identifier", "sender", "sent", "status", "msgType", "scope", "info", "info");
    List<Element> infos = children(alert, "info");
    for (Element info : infos) {
      List<String> names = childNames(info);
      assertThat(names.get(0)).isEqualTo("language");
      assertThat(names)
          .containsSubsequence(
              "language",
              "category",
              "event",
              "urgency",
              "severity",
              "certainty",
              "expires",
              "headline",
              "description",
              "web",
              "contact",
              "area");
      assertThat(children(info, "area")).hasSize(1);
      assertThat(text(children(info, "area").get(0), "areaDesc")).isEqualTo("Main St");
    }
    assertThat(text(infos.get(0), "language")).isEqualTo("en-US");
    assertThat(text(infos.get(0), "headline")).isEqualTo("Road closure: Main St");
    assertThat(text(infos.get(1), "language")).isEqualTo("es");
    assertThat(text(infos.get(1), "headline")).isEqualTo("Calle cerrada: Main St");
  }

  @Test
  void aDepartmentSpeakingOneLanguageOrATemplateWithoutSpanishGivesOneInfo() throws Exception {
    Notice notice = issue();
    Department english =
        new Department(
            Department.SINGLETON_ID, "Riverton PD", "555-0100", null, "Not monitored.", null);

    assertThat(
            children(parse(CapDocument.render(cap.alert(notice, 1, spanish(), english))), "info"))
        .hasSize(1);
    Notice plain = NoticeFixtures.roadClosure("N-2026-000002", NoticeMode.LIVE);
    assertThat(
            children(
                parse(
                    CapDocument.render(
                        cap.alert(plain, 1, NoticeFixtures.approvedRoadClosure(), BILINGUAL))),
                "info"))
        .hasSize(1);
  }

  private static Template spanish() {
    return NoticeFixtures.pendingRoadClosure()
        .withWordings(Map.of("es", SPANISH))
        .approve("s-010", null, NoticeFixtures.T0);
  }

  private static Notice issue() {
    return Notice.issue(
        "N-2026-000001",
        spanish(),
        Map.of("street", "Main St"),
        List.of("tg-alerts"),
        NoticeMode.LIVE,
        "s-050",
        NoticeFixtures.T0);
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  private static List<String> childNames(Element parent) {
    List<String> names = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        names.add(n.getLocalName());
      }
    }
    return names;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && name.equals(n.getLocalName())) {
        found.add((Element) n);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }
}
