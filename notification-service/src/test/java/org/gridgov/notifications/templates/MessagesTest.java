package org.gridgov.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.notifications.routing.CaseFacts;
import org.gridgov.notifications.routing.Channel;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final UUID CASE = UUID.fromString("5e1f0000-0000-4000-8000-000000000001");
    private static final Map<String, String> UNIT_NAMES = Map.of("130527100201001", "东三召村第一网格",
            "130527100201", "东三召村");

    private final Messages messages = new Messages(new MessageTemplates("zh-CN"),
            new TemplateProperties("zh-CN", ZoneId.of("Asia/Shanghai"), "https://gridgov.example/console",
                    "https://gridgov.example/api/public/cases"),
            code -> Optional.ofNullable(UNIT_NAMES.get(code)));

    @Test
    void assignmentInChineseNamesCategoryUnitBeijingDeadlineAndLink() {
        Message message = messages.compose(assigned(), "case-assigned", Channel.INBOX, "zh-CN");

        assertThat(message.title()).isEqualTo("新派案件：垃圾清运");
        assertThat(message.body())
                .contains("东三召村第一网格", "请于2026-11-21 09:00前办结。")
                .endsWith("查看：https://gridgov.example/console/cases/" + CASE);
    }

    @Test
    void sameAssignmentInEnglishAndAsAnSmsWithoutTitle() {
        Message english = messages.compose(assigned(), "case-assigned", Channel.INBOX, "en");
        Message sms = messages.compose(assigned(), "case-assigned", Channel.SMS, "zh-CN");

        assertThat(english.title()).isEqualTo("Case assigned to you: garbage collection");
        assertThat(english.body()).contains("Please finish by 2026-11-21 09:00.");
        assertThat(sms.title()).isNull();
        assertThat(sms.body()).startsWith("【网格治理】东三召村第一网格有一件垃圾清运案件交由您处置，时限2026-11-21 09:00");
    }

    @Test
    void channelWithoutItsOwnTemplateUsesTheInboxTextAndUnknownLocaleTheDefault() {
        Message email = messages.compose(assigned(), "case-assigned", Channel.EMAIL, "fr");

        assertThat(email).isEqualTo(messages.compose(assigned(), "case-assigned", Channel.INBOX, "zh-CN"));
    }

    @Test
    void missingDeadlineLeavesItsSentenceOutAndUnknownCodesShowAsThemselves() {
        CaseFacts closed = new CaseFacts("e-1", "org.gridgov.case.handled.v1", CASE, "130527999", null, "NEW_KIND",
                null, null, null, Instant.parse("2026-11-20T01:00:00Z"));

        Message message = messages.compose(closed, "case-reopened", Channel.INBOX, "en");

        assertThat(message.title()).isEqualTo("Case reopened: NEW_KIND");
        assertThat(message.body()).doesNotContain("Due").contains("in 130527999");
    }

    @Test
    void reporterTextKeepsAPlaceForTheTrackingCodeThatIsFilledWhenItIsSent() {
        CaseFacts closed = new CaseFacts("e-2", "org.gridgov.case.closed.v1", CASE, "130527100201001", null,
                "ENV_GARBAGE", null, "gw-1", null, Instant.parse("2026-11-22T01:00:00Z"));

        Message stored = messages.composeForReporter(closed, "case-closed-reporter", Channel.SMS, "zh-CN");
        String sent = messages.toReporter(stored.body(), "7K3M9QZT2A");

        assertThat(stored.body()).doesNotContain("7K3M9QZT2A").doesNotContain("/console/");
        assertThat(sent).isEqualTo("【网格治理】您反映的垃圾清运问题（查询码7K3M9QZT2A）已办结，查看并评价："
                + "https://gridgov.example/api/public/cases/7K3M9QZT2A");
    }

    private static CaseFacts assigned() {
        return new CaseFacts("e-1", "org.gridgov.case.assigned.v1", CASE, "130527100201001", "GRID", "ENV_GARBAGE",
                null, "gw-1", Instant.parse("2026-11-21T01:00:00Z"), Instant.parse("2026-11-20T01:05:00Z"));
    }
}
