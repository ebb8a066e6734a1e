package cn.helituan.app.demo;

import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.EvaluationEntries;
import cn.helituan.domain.evaluation.EvaluationInputs;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.evaluation.RoundForm;
import cn.helituan.domain.message.AnnouncementDetails;
import cn.helituan.domain.message.AnnouncementService;
import cn.helituan.domain.notification.MonthlyNotification;
import cn.helituan.domain.notification.NotificationService;
import cn.helituan.domain.team.Unit;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * What the organization department has published and what is under review (part of {@link DemoData}'s load, after
 * the activities): last month's notification of the team, published; this year's evaluation of the county, open with
 * the demo reviewer named, the tea group's self-assessment and 青山村's rating in, awaiting the reviewer's scores;
 * an announcement to the whole deployment (every demo account finds it among its messages, beside those the steps
 * before wrote: the plan given back, the activities disputed, the demand solved, the notification published).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoReviews {

    /** The name of the demo county's evaluation round. */
    static final String ROUND = "示范县年度考核";

    private final NotificationService notifications;
    private final RoundAdministration rounds;
    private final EvaluationInputs inputs;
    private final EvaluationEntries entries;
    private final Accounts accounts;
    private final AnnouncementService announcements;
    private final DemoUsers users;

    void load(Unit team) {
        // the team's organization department (the admin, acting for the team) generates and publishes
        Scope forTeam = new Scope(accounts.findByUsernameIgnoreCase("admin").orElseThrow().getId(), "admin",
                Role.ORG_ADMIN, team.getId(), team.getPath(), null, null);
        MonthlyNotification notification = users.as("admin", forTeam,
                s -> notifications.generate(s, notifications.lastMonth()));
        users.as("admin", forTeam, s -> notifications.publish(s, notification.getId(), notification.getVersion()));

        long reviewer = accounts.findByUsernameIgnoreCase("reviewer").orElseThrow().getId();
        EvaluationRound round = users.as("admin", s -> {
            RoundForm blank = rounds.blankForm();
            return rounds.open(s, new RoundForm(blank.year() + " 年" + ROUND, blank.year(), null, blank.deadline(),
                    blank.grades(), blank.topQuota(), blank.weights(), Set.of(reviewer)));
        });
        long tea = users.as("leader", Scope::unitId);
        long entryVersion = entries.entry(round.getId(), tea).orElseThrow().getVersion();
        users.as("leader", s -> inputs.selfAssess(s, round.getId(), tea, entryVersion,
                "开展茶园提质增效培训 3 期、86 人次；引进茶叶深加工生产线，落实资金 350 万元；帮助销售春茶 12.6 万元。",
                "线上销售渠道还不稳定，合作社带动能力弱。", "建成村级电商服务站，培育两家茶叶合作社。"));
        users.as("secretary", s -> inputs.rate(s, round.getId(), tea, null, 5, "帮扶实在，茶农增收看得见。"));

        users.as("admin", s -> announcements.publish(s, new AnnouncementDetails("关于报送年度帮扶工作总结的通知",
                "各分团、合力小组，各驻村第一书记：\n请于本月底前在系统中完成本年度帮扶活动的补录和确认，"
                        + "并提交年度自评。逾期未确认的活动不计入年度考核。\n示范县委组织部", null, Set.of())));
    }
}
