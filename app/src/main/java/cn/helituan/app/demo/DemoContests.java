package cn.helituan.app.demo;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestCriterion;
import cn.helituan.domain.contest.ContestCriteria;
import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestPresenter;
import cn.helituan.domain.contest.ContestYearEnd;
import cn.helituan.domain.contest.Recommendation;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestScoring;
import cn.helituan.domain.contest.ContestStop;
import cn.helituan.domain.contest.RoundDetails;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The observation contests of the demo county (part of {@link DemoData}'s load): last quarter's town contest of the
 * industry sub-team over its three paired places, scored by three judges and published; last quarter's county
 * contest over the two towns, published; and this quarter's town contest, open, awaiting the reviewer's scores.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoContests {

    static final String TOWN_ROUND = "产业发展分团擂台比武";
    static final String COUNTY_ROUND = "示范县擂台比武观摩";
    static final String OPEN_ROUND = "产业发展分团擂台比武（本季度）";

    private final ContestAdministration administration;
    private final ContestScoring scoring;
    private final ContestYearEnd yearEnd;
    private final ContestCriteria criteria;
    private final Regions regions;
    private final DemoUsers users;

    /** Loads the contests; returns the published town contest's first stop (a case is drafted from it). */
    long load(Unit team, Unit industry, List<AssistedObject> villages, Member secretary, LocalDate today) {
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate last = thisQuarter.minusMonths(3);
        int lastQuarter = (last.getMonthValue() - 1) / 3 + 1;

        ContestRound town = users.as("subteam", s -> administration.open(s, new RoundDetails(ContestLevel.TOWN,
                last.getYear(), lastQuarter, industry.getId(), last.getYear() + " 年第" + lastQuarter + "季度"
                + TOWN_ROUND, "产业振兴", "村集体经济", 10, RoundDetails.defaultCriteria())));
        // 青山村, 石门村 and the tea company: the places the sub-team's groups are paired with
        List<ContestStop> stops = List.of(
                stop("subteam", town, villages.get(0), last.plusDays(20)),
                stop("subteam", town, villages.get(1), last.plusDays(20)),
                stop("subteam", town, villages.get(6), last.plusDays(21)));
        ContestPresenter presenter = users.as("subteam", s -> administration.addPresenter(s, town.getId(),
                stops.get(0).getId(), null, secretary.getMobile(), "驻村第一书记"));
        users.as("subteam", s -> administration.addPresenter(s, town.getId(), stops.get(1).getId(), "石门村党支部书记 李春生",
                null, "村党支部书记"));
        users.as("subteam", s -> administration.addPresenter(s, town.getId(), stops.get(2).getId(), "周德胜", null,
                "企业负责人"));
        for (String judge : List.of("subteam", "reviewer", "admin")) {
            users.as("subteam", s -> administration.addJudge(s, town.getId(), judge));
        }
        int[][][] marks = {
            // per judge, per stop: 特色亮点, 工作成效, 存在问题, 群众评价
            {{9, 9, 2, 9}, {8, 7, 3, 8}, {7, 8, 2, 7}},
            {{9, 8, 1, 9}, {7, 8, 2, 8}, {8, 7, 3, 7}},
            {{8, 9, 2, 8}, {8, 7, 2, 7}, {7, 7, 2, 8}}};
        String[] comments = {"茶园提质增效成效明显，合作社带动有力。", "电商服务站刚起步，带货渠道还需稳定。",
            "企业用工对接好，技术改造还要加快。"};
        List<String> judges = List.of("subteam", "reviewer", "admin");
        for (int j = 0; j < judges.size(); j++) {
            for (int st = 0; st < stops.size(); st++) {
                int[] m = marks[j][st];
                String comment = comments[st];
                long stopId = stops.get(st).getId();
                users.as(judges.get(j), s -> scoring.score(s, town.getId(), stopId,
                        new ContestScoring.Marks(scores(town, m), comment)));
            }
        }
        users.as("subteam", s -> administration.comment(s, town.getId(), stops.get(0).getId(),
                stops.get(0).getVersion(), "亮点：茶园提质增效、合作社带动 120 户；成效：春茶销售增长三成；问题：线上渠道不稳。"));
        ContestRound published = users.as("subteam", s -> administration.publish(s, town.getId(),
                town.getVersion()));
        // the day's sign-in sheet: 86 took part (the dashboard adds the rounds' attendance up)
        ContestRound townNow = users.as("subteam", s -> administration.recordAttendance(s, town.getId(),
                published.getVersion(), 86));

        // the year end: the sub-team recommends 青山村's secretary, the county selects them as 好支书
        Recommendation recommended = users.as("subteam", s -> yearEnd.recommend(s, industry.getId(), last.getYear(),
                presenter.getId(), "带领茶叶合作社增收，擂台比武第一名。"));
        users.as("admin", s -> yearEnd.select(s, recommended.getId(), recommended.getVersion()));

        ContestRound county = users.as("admin", s -> administration.open(s, new RoundDetails(ContestLevel.COUNTY,
                last.getYear(), lastQuarter, team.getId(), last.getYear() + " 年第" + lastQuarter + "季度"
                + COUNTY_ROUND, "抓党建促乡村振兴", null, 10, RoundDetails.defaultCriteria())));
        long qingshan = regions.findByCodeIgnoreCase("DEMO-R01").orElseThrow().getId();
        long chengguan = regions.findByCodeIgnoreCase("DEMO-R02").orElseThrow().getId();
        ContestStop first = users.as("admin", s -> administration.addStop(s, county.getId(), null, qingshan,
                last.plusDays(40)));
        ContestStop second = users.as("admin", s -> administration.addStop(s, county.getId(), null, chengguan,
                last.plusDays(41)));
        users.as("admin", s -> administration.addPresenter(s, county.getId(), first.getId(), "青山镇党委书记 王建国",
                null, "镇党委书记"));
        users.as("admin", s -> administration.addPresenter(s, county.getId(), second.getId(), "城关镇党委书记 陈海燕",
                null, "镇党委书记"));
        for (String judge : List.of("admin", "reviewer")) {
            users.as("admin", s -> administration.addJudge(s, county.getId(), judge));
        }
        int[][][] countyMarks = {{{9, 8, 2, 9}, {8, 8, 2, 8}}, {{8, 9, 1, 8}, {8, 7, 3, 8}}};
        List<String> countyJudges = List.of("admin", "reviewer");
        for (int j = 0; j < countyJudges.size(); j++) {
            int[][] byStop = countyMarks[j];
            users.as(countyJudges.get(j), s -> scoring.score(s, county.getId(), first.getId(),
                    new ContestScoring.Marks(scores(county, byStop[0]), "产业链条完整，党建引领作用突出。")));
            users.as(countyJudges.get(j), s -> scoring.score(s, county.getId(), second.getId(),
                    new ContestScoring.Marks(scores(county, byStop[1]), "社区治理有特色，产业基础偏弱。")));
        }
        ContestRound countyNow = users.as("admin", s -> administration.publish(s, county.getId(),
                county.getVersion()));
        users.as("admin", s -> administration.recordAttendance(s, county.getId(), countyNow.getVersion(), 64));

        ContestRound open = users.as("subteam", s -> administration.open(s, new RoundDetails(ContestLevel.TOWN,
                today.getYear(), (today.getMonthValue() - 1) / 3 + 1, industry.getId(), today.getYear() + " 年"
                + OPEN_ROUND, "电商带货", null, 10, RoundDetails.defaultCriteria())));
        stop("subteam", open, villages.get(0), today);
        stop("subteam", open, villages.get(1), today);
        users.as("subteam", s -> administration.addJudge(s, open.getId(), "reviewer"));
        users.as("subteam", s -> administration.addJudge(s, open.getId(), "subteam"));
        if (townNow == null) {
            throw new IllegalStateException("town round not published");
        }
        return stops.get(0).getId();
    }

    private ContestStop stop(String user, ContestRound round, AssistedObject village, LocalDate day) {
        return users.as(user, s -> administration.addStop(s, round.getId(), village.getId(), null, day));
    }

    private Map<Long, BigDecimal> scores(ContestRound round, int[] marks) {
        List<ContestCriterion> list = criteria.findByRoundIdOrderByPosition(round.getId());
        Map<Long, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            map.put(list.get(i).getId(), BigDecimal.valueOf(marks[i]));
        }
        return map;
    }
}
