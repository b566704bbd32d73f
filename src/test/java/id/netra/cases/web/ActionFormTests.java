// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.domain.ActionDeclarations;
import id.netra.cases.domain.ActionDeclarations.Declaration;
import id.netra.cases.domain.CaseAction;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The page's forms are derived from the declarations, and every label they need exists in both languages. */
class ActionFormTests {

    @Test
    void everyDeclaredAction_hasAForm_whoseLabelsExistInBothLanguages() throws IOException {
        Properties indonesian = bundle("");
        Properties english = bundle("_en");
        for (Declaration declaration : ActionDeclarations.all()) {
            ActionForm form = ActionForm.of(declaration);
            String a = declaration.apiName();
            for (Properties texts : new Properties[] {indonesian, english}) {
                assertThat(texts).as(a).containsKeys("case.action.label." + a, "case.action.help." + a);
                if (form.confirm()) {
                    assertThat(texts.getProperty("case.confirm." + a)).as(a).contains("{0}");
                }
                for (ActionForm.Field field : form.fields()) {
                    assertThat(texts).as(a + "." + field.name()).containsKey("case.field." + field.name());
                    field.options().forEach(o -> assertThat(texts).as(a).containsKey(o.labelKey()));
                    if (!field.required() && (field.kind() == ActionForm.Kind.SELECT
                            || field.kind() == ActionForm.Kind.SANCTIONS)) {
                        assertThat(texts).as(a).containsKey("case.field.empty." + a);
                    }
                }
            }
        }
    }

    @Test
    void theFormFollowsTheRecord_requiredFields_kinds_andCodedReasonsOfTheAction() {
        ActionForm decide = ActionForm.of(ActionDeclarations.of(CaseAction.DECIDE).orElseThrow());
        assertThat(decide.fields()).extracting(ActionForm.Field::name)
                .containsExactly("decreeNumber", "decreeDate", "sanctionCode", "justification");
        assertThat(decide.fields()).extracting(ActionForm.Field::kind).containsExactly(ActionForm.Kind.TEXT,
                ActionForm.Kind.DATE, ActionForm.Kind.SANCTIONS, ActionForm.Kind.TEXTAREA);
        assertThat(decide.fields()).extracting(ActionForm.Field::required).containsExactly(true, true, true, false);
        assertThat(decide.confirm()).isTrue();
        assertThat(decide.reasonRequired()).as("every decision says why").isTrue();

        ActionForm stop = ActionForm.of(ActionDeclarations.of(CaseAction.STOP).orElseThrow());
        assertThat(stop.fields()).singleElement().satisfies(field -> {
            assertThat(field.name()).isEqualTo("reasonCode");
            assertThat(field.options()).extracting(ActionForm.Option::value).contains("REPORTING_WINDOW_PASSED")
                    .doesNotContain("DUPLICATE");
        });
        ActionForm forward = ActionForm.of(ActionDeclarations.of(CaseAction.FORWARD).orElseThrow());
        assertThat(forward.fields()).extracting(ActionForm.Field::name, ActionForm.Field::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("categoryCode", ActionForm.Kind.CATEGORIES));
        assertThat(forward.confirm()).isFalse();
        assertThat(forward.reasonRequired()).isFalse();
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*" + suffix + ".properties")) {
            String name = resource.getFilename();
            if (suffix.isEmpty() && name != null && name.matches(".*_[a-z]{2}\\.properties")) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                Properties one = new Properties();
                one.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                all.putAll(one);
            }
        }
        return all;
    }
}
