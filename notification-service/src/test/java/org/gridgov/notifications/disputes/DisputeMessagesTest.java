package org.gridgov.notifications.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.notifications.disputes.DisputeEvents.facts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.notifications.routing.Channel;
import org.gridgov.notifications.templates.Message;
import org.gridgov.notifications.templates.MessageTemplates;
import org.gridgov.notifications.templates.Messages;
import org.gridgov.notifications.templates.TemplateProperties;
import org.junit.jupiter.api.Test;

class DisputeMessagesTest {

    private static final Map<String, String> UNIT_NAMES = Map.of("130527100201", "东三召村", "130527100", "和阳镇",
            "130527", "南和县");
    private static final Instant STARTS = Instant.parse("2026-11-22T01:30:00Z");

    private final Messages messages = new Messages(new MessageTemplates("zh-CN"),
            new TemplateProperties("zh-CN", ZoneId.of("Asia/Shanghai"), "https://gridgov.example/console",
                    "https://gridgov.example/api/public/cases"),
            code -> Optional.ofNullable(UNIT_NAMES.get(code)));

    @Test
    void mediatorIsInvitedWithTheTimeInBeijingThePlaceAndALinkToTheDispute() {
        DisputeFacts scheduled = facts(DisputeEvents.villageSession(STARTS, STARTS.minusSeconds(86_400)))
                .completedWith(known());

        Message inbox = messages.compose(scheduled, "dispute-session-scheduled", Channel.INBOX, "zh-CN");
        Message sms = messages.compose(scheduled, "dispute-session-scheduled", Channel.SMS, "zh-CN");

        assertThat(inbox.title()).isEqualTo("调解会邀请：邻里纠纷");
        assertThat(inbox.body()).isEqualTo("请于2026-11-22 09:30到东三召村主持一件邻里纠纷的调解会。\n"
                + "查看：https://gridgov.example/console/disputes/" + DisputeEvents.DISPUTE);
        assertThat(sms.body()).isEqualTo("【网格治理】调解会：请于2026-11-22 09:30到东三召村主持一件邻里纠纷的调解，详见工作台。");
    }

    @Test
    void movedSessionSaysSoInEnglishToo() {
        KnownDispute invited = known().after(facts(DisputeEvents.villageSession(STARTS, STARTS.minusSeconds(86_400))));
        DisputeFacts moved = facts(DisputeEvents.villageSession(STARTS.plusSeconds(3_600), STARTS)).completedWith(invited);

        Message english = messages.compose(moved, "dispute-session-scheduled", Channel.INBOX, "en");
        Message chinese = messages.compose(moved, "dispute-session-scheduled", Channel.SMS, "zh-CN");

        assertThat(english.title()).isEqualTo("Mediation session moved: neighbours' dispute");
        assertThat(english.body()).startsWith("The session has been moved. Please mediate a neighbours' dispute at 东三召村, on 2026-11-22 10:30.");
        assertThat(chinese.body()).startsWith("【网格治理】调解会改期：请于2026-11-22 10:30");
    }

    @Test
    void highRiskDisputeAtTheCountyNamesItsRoomRisksAndDeadline() {
        DisputeOpened medical = new DisputeOpened(DisputeEvents.DISPUTE, "MEDICAL", DisputeEvents.GRID, "130527", "COUNTY",
                "MEDICAL", "HIGH", List.of("GROUP_INCIDENT"), 12, null, "WALK_IN", null,
                Instant.parse("2027-01-04T01:00:00Z"), Instant.parse("2026-11-20T01:00:00Z"));

        Message message = messages.compose(facts(medical), "dispute-opened", Channel.INBOX, "zh-CN");

        assertThat(message.title()).isEqualTo("新受理纠纷：医疗纠纷（南和县）");
        assertThat(message.body()).startsWith("南和县受理一件医疗纠纷，涉及12人，风险等级：高，有引发群体性事件的风险。"
                + "由县（区）调解（医疗纠纷调解室），请及时安排调解员。\n调解时限：2027-01-04 09:00");
    }

    @Test
    void escalationNamesTheCauseAndTheLevelsButNotTheMediatorsReason() {
        DisputeFacts escalated = facts(DisputeEvents.escalatedToTown()).completedWith(known());

        Message message = messages.compose(escalated, "dispute-escalated", Channel.INBOX, "zh-CN");

        assertThat(message.title()).isEqualTo("纠纷上报至乡镇（街道）：邻里纠纷");
        assertThat(message.body()).startsWith("一件邻里纠纷因调解未成由村（社区）上报至和阳镇，请及时安排调解。\n调解时限：2026-12-23 16:30")
                .doesNotContain("分歧");
    }

    @Test
    void disputeThisServiceNeverSawOpenedStillReadsWell() {
        DisputeFacts escalated = facts(DisputeEvents.escalatedToTown());

        Message chinese = messages.compose(escalated, "dispute-escalated", Channel.INBOX, "zh-CN");
        Message english = messages.compose(escalated, "dispute-escalated", Channel.INBOX, "en");

        assertThat(chinese.title()).isEqualTo("纠纷上报至乡镇（街道）：矛盾纠纷");
        assertThat(english.body()).startsWith("A dispute has come up from village level to 和阳镇 (mediation failed)");
    }

    @Test
    void followUpThatFoundTermsUnperformedSaysTheDisputeIsOpenAgain() {
        DisputeFacts followedUp = facts(DisputeEvents.notPerformedAndReopened()).completedWith(known());

        Message message = messages.compose(followedUp, "dispute-agreement-followed-up", Channel.INBOX, "zh-CN");

        assertThat(message.title()).isEqualTo("协议回访：未履行（邻里纠纷）");
        assertThat(message.body()).startsWith("和阳镇一件邻里纠纷的调解协议经回访：未履行。\n纠纷已重新启动调解，请及时跟进。");
    }

    @Test
    void settlementGivesTheDaysToPerformByAndOfTheFollowUp() {
        DisputeFacts settled = facts(DisputeEvents.settledAtTown()).completedWith(known());

        Message message = messages.compose(settled, "dispute-settled", Channel.INBOX, "en");

        assertThat(message.body()).startsWith("A neighbours' dispute in 和阳镇 ended in a mediation agreement, "
                + "to be performed by 2026-12-10, follow-up visit on 2026-12-12.");
    }

    private static KnownDispute known() {
        return KnownDispute.NOTHING.after(facts(DisputeEvents.opened()));
    }
}
