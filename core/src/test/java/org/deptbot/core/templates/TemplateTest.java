package org.deptbot.core.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.templates.TemplateFixtures.NOW;
import static org.deptbot.core.templates.TemplateFixtures.roadClosureDraft;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

  @Test
  void goesFromDraftThroughApprovalToRetiredWithEachStepOnRecord() {
    Template approved = roadClosureDraft("s-060").submit("s-060", NOW).approve("s-010", "ok", NOW);
    Template retired = approved.retire("s-010", "replaced", NOW);

    assertThat(approved.usable()).isTrue();
    assertThat(retired.usable()).isFalse();
    assertThat(retired.history())
        .extracting(TemplateEvent::what)
        .containsExactly("created", "submitted", "approved", "retired");
  }

  @Test
  void rejectsAuthorAsApprover() {
    Template pending = roadClosureDraft("s-010").submit("s-010", NOW);

    assertThatThrownBy(() -> pending.approve("s-010", "looks fine", NOW))
        .isInstanceOf(TemplateTransitionRefused.class)
        .hasMessageContaining("someone else must approve");
  }

  @Test
  void onlyAPendingVersionCanBeApprovedAndARejectionNeedsAReason() {
    Template draft = roadClosureDraft("s-060");
    assertThatThrownBy(() -> draft.approve("s-010", null, NOW))
        .isInstanceOf(TemplateTransitionRefused.class)
        .hasMessageContaining("DRAFT");

    Template pending = draft.submit("s-060", NOW);
    assertThatThrownBy(() -> pending.reject("s-010", " ", NOW)).hasMessageContaining("say why");
    assertThat(pending.reject("s-010", "Add the detour", NOW).status())
        .isEqualTo(TemplateStatus.DRAFT);
  }

  @Test
  void revisingAnApprovedVersionMakesANewDraftAndLeavesTheApprovedOneAlone() {
    Template approved = roadClosureDraft("s-060").submit("s-060", NOW).approve("s-010", null, NOW);

    Template revised =
        approved.revise("Closed: {{street}}", approved.body(), approved.variables(), "s-060", NOW);

    assertThat(revised.id()).isEqualTo("road_closure:v2");
    assertThat(revised.status()).isEqualTo(TemplateStatus.DRAFT);
    assertThat(approved.title()).isEqualTo("Road closure: {{street}}");
    assertThat(approved.status()).isEqualTo(TemplateStatus.APPROVED);
  }

  @Test
  void refusesWordingThatUsesAnUndeclaredBlank() {
    Template approved = roadClosureDraft("s-060").submit("s-060", NOW).approve("s-010", null, NOW);

    assertThatThrownBy(
            () ->
                approved.revise(
                    "{{street}} {{reason}}", approved.body(), approved.variables(), "s-060", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{{reason}} is used but not declared");
  }

  @Test
  void rendersValuesAndDropsLinesWhoseOptionalBlanksAreEmpty() {
    String body = roadClosureDraft("s-060").body();

    assertThat(TemplateText.render(body, Map.of("street", "Main St", "until", "18:00")))
        .isEqualTo("Main St is closed until 18:00.");
    assertThat(
            TemplateText.render(
                body, Map.of("street", "Main St", "until", "18:00", "detour", "Oak Ave")))
        .isEqualTo("Main St is closed until 18:00.\nDetour: Oak Ave");
    assertThat(TemplateText.render("{{street}}", Map.of("street", "$1 \\ {{x}}")))
        .isEqualTo("$1 \\ {{x}}");
  }

  @Test
  void anAnswerEndingItsOwnSentenceDoesNotDoubleTheFullStop() {
    assertThat(TemplateText.render("Reason: {{r}}.", Map.of("r", "water main break.")))
        .isEqualTo("Reason: water main break.");
    assertThat(TemplateText.render("Reason: {{r}}.", Map.of("r", "water main break")))
        .isEqualTo("Reason: water main break.");
    assertThat(TemplateText.render("Call {{p}}. Now!", Map.of("p", "911!")))
        .isEqualTo("Call 911! Now!");
  }
}
