package cn.helituan.app.contest;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestCriteria;
import cn.helituan.domain.contest.ContestCriterion;
import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestScoring;
import cn.helituan.domain.contest.ContestYearEnd;
import cn.helituan.domain.contest.RoundDetails;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contests against two rounds of the welfare sub-team (民生服务分团) over 柳河社区, the community only its medical
 * group is paired with, judged by the demo reviewer: one open, one scored and published. The industry sub-team's
 * leader does not organise, read or score them; the tea group's leader and member are not under the welfare
 * sub-team, so even the published one is not theirs; 青山村's first secretary reads no round.
 */
class ContestProbes implements FeatureProbes {

    static final String OPEN = "探针擂台（评分中）";
    static final String PUBLISHED = "探针擂台（已发布）";

    private final JdbcTemplate jdbc;
    private final long open;
    private final long published;
    private final long openStop;
    private final long publishedStop;
    private final String criterion;
    private final long photo;
    private final long recommendation;
    private final long presenter;

    ContestProbes(JdbcTemplate jdbc, Demo demo, ContestAdministration administration, ContestScoring scoring,
                  ContestCriteria criteria, AccountScopes accounts, TransactionTemplate tx, ContestYearEnd yearEnd) {
        this.jdbc = jdbc;
        this.open = round(jdbc, demo, administration, scoring, criteria, accounts, tx, OPEN, false);
        this.published = round(jdbc, demo, administration, scoring, criteria, accounts, tx, PUBLISHED, true);
        this.openStop = jdbc.queryForObject("select min(id) from contest_stop where round_id = ?", Long.class, open);
        this.publishedStop = jdbc.queryForObject("select min(id) from contest_stop where round_id = ?", Long.class,
                published);
        this.photo = photo(jdbc, openStop);
        this.presenter = presenter(jdbc, demo, administration, published, publishedStop);
        this.recommendation = recommendation(jdbc, demo, yearEnd, presenter);
        this.criterion = String.valueOf(jdbc.queryForObject(
                "select min(id) from contest_criterion where round_id = ?", Long.class, open));
    }

    /** The member of the medical group presenting at the published round's stop (added before publication). */
    private static synchronized long presenter(JdbcTemplate jdbc, Demo demo, ContestAdministration administration,
                                               long round, long stop) {
        List<Long> made = jdbc.queryForList(
                "select id from contest_presenter where stop_id = ? and member_id is not null", Long.class, stop);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        String mobile = jdbc.queryForObject("select mobile from member where id = ?", String.class,
                demo.memberIn(Demo.MEDICAL_GROUP));
        return administration.addPresenter(Scope.system(), round, stop, null, mobile, "驻村第一书记").getId();
    }

    /** The welfare sub-team's recommendation of that member for 2026. */
    private static synchronized long recommendation(JdbcTemplate jdbc, Demo demo, ContestYearEnd yearEnd,
                                                    long presenter) {
        List<Long> made = jdbc.queryForList("select id from contest_recommendation where presenter_id = ?",
                Long.class, presenter);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        return yearEnd.recommend(Scope.system(), demo.unitId(Demo.WELFARE), 2026, presenter, "探针推荐").getId();
    }

    /** A photo of the open round's stop (its bytes written as the photo feature stores them). */
    private static synchronized long photo(JdbcTemplate jdbc, long stop) {
        List<Long> made = jdbc.queryForList("select id from contest_stop_photo where stop_id = ?", Long.class, stop);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        return jdbc.queryForObject("""
                insert into contest_stop_photo (id, stop_id, content_type, byte_size, width, height, content, thumbnail,
                                                created_at)
                values (nextval('contest_stop_photo_id_seq'), ?, 'image/jpeg', 3, 1, 1, ?, ?, now()) returning id""",
                Long.class, stop, new byte[] {1, 2, 3}, new byte[] {1, 2, 3});
    }

    private static synchronized long round(JdbcTemplate jdbc, Demo demo, ContestAdministration administration,
                                           ContestScoring scoring, ContestCriteria criteria, AccountScopes accounts,
                                           TransactionTemplate tx, String title, boolean publish) {
        List<Long> made = jdbc.queryForList("select id from contest_round where title = ?", Long.class, title);
        if (!made.isEmpty()) {
            return made.get(0);
        }
        return tx.execute(status -> {
            Scope system = Scope.system();
            ContestRound round = administration.open(system, new RoundDetails(ContestLevel.TOWN, 2026, 2,
                    demo.unitId(Demo.WELFARE), title, "民生服务", null, 10, RoundDetails.defaultCriteria()));
            long object = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
            long stop = administration.addStop(system, round.getId(), object, null,
                    java.time.LocalDate.of(2026, 5, 20)).getId();
            administration.addPresenter(system, round.getId(), stop, "柳河社区书记", null, null);
            administration.addJudge(system, round.getId(), "reviewer");
            if (publish) {
                String mobile = jdbc.queryForObject("select mobile from member where id = ?", String.class,
                        demo.memberIn(Demo.MEDICAL_GROUP));
                administration.addPresenter(system, round.getId(), stop, null, mobile, "驻村第一书记");
                Scope reviewer = accounts.ofEnabled("reviewer").orElseThrow();
                Map<Long, BigDecimal> marks = new HashMap<>();
                for (ContestCriterion c : criteria.findByRoundIdOrderByPosition(round.getId())) {
                    marks.put(c.getId(), new BigDecimal("8"));
                }
                scoring.score(reviewer, round.getId(), stop, new ContestScoring.Marks(marks, "探针评语"));
                administration.publish(system, round.getId(), round.getVersion());
            }
            return round.getId();
        });
    }

    @Override
    public List<Probe> probes() {
        String openPage = "/contests/" + open;
        String pubPage = "/contests/" + published;
        String stop = openPage + "/stops/" + openStop;
        String version = String.valueOf(jdbc.queryForObject("select version from contest_round where id = ?",
                Long.class, open));
        String stopVersion = String.valueOf(jdbc.queryForObject("select version from contest_stop where id = ?",
                Long.class, openStop));
        long village = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        long welfare = jdbc.queryForObject("select unit_id from contest_round where id = ?", Long.class, published);
        String recommendationVersion = String.valueOf(jdbc.queryForObject(
                "select version from contest_recommendation where id = ?", Long.class, recommendation));
        return new ProbeSet()
                .shownWithout("/contests", "探针擂台")
                .shownWithout("/contests?level=TOWN&year=2026&quarter=2&status=PUBLISHED", "探针擂台")
                .shownWithout("/contests?from=2026-01-01&to=2026-12-31", "探针擂台")
                .shownWithout("/contests/export?from=2026-01-01&to=2026-12-31", "探针擂台")
                .refused("POST", openPage + "/attendance", "version", version, "attendance", "5")
                .refused(List.of("leader", "member", "secretary"), "GET", "/contests/new")
                .notWritten("POST", "/contests/new", "level", "TOWN", "year", "2026", "quarter", "2", "unitId",
                        "0", "title", "探针新擂台", "theme", "民生", "scaleMax", "10", "criteria[0].name", "特色亮点",
                        "criteria[0].weight", "3")
                .refused("GET", openPage)
                .refused("GET", pubPage)
                .refused("GET", openPage + "/edit")
                .refused("POST", openPage + "/edit", "level", "TOWN", "year", "2026", "quarter", "2", "unitId",
                        "1", "title", "改", "theme", "改", "scaleMax", "10", "version", version,
                        "criteria[0].name", "特色亮点", "criteria[0].weight", "3")
                .refused("GET", pubPage + "/ranking")
                .refused("GET", openPage + "/ranking")
                .refused("GET", stop)
                .refused("GET", pubPage + "/stops/" + publishedStop)
                .refused("POST", stop + "/score", "scores[" + criterion + "]", "5", "comment", "探针")
                .refused("POST", stop + "/comment", "version", stopVersion, "comment", "探针点评")
                .refused("POST", stop + "/presenters", "name", "探针汇报人")
                .refused("POST", openPage + "/stops", "objectId", String.valueOf(village), "visitOn", "2026-05-21")
                .refused("POST", openPage + "/judges", "username", "leader")
                .refused("POST", openPage + "/publish", "version", version)
                .shownWithout(List.of("subteam", "leader", "member"), "/contests/year-end?year=2026", "探针推荐")
                .refused(List.of("secretary"), "GET", "/contests/year-end?year=2026")
                .refused("GET", "/contests/year-end/towns/" + welfare + "?year=2026")
                .refused("POST", "/contests/year-end/recommend", "unitId", String.valueOf(welfare), "year", "2026",
                        "presenterId", String.valueOf(presenter))
                .refused("POST", "/contests/recommendations/" + recommendation + "/withdraw", "version",
                        recommendationVersion, "year", "2026")
                .refused("POST", "/contests/recommendations/" + recommendation + "/select", "version",
                        recommendationVersion, "year", "2026")
                .refused("GET", "/contest-stops/" + openStop)
                .refused("POST", "/contest-stops/" + openStop + "/photos")
                .refused("GET", "/contest-stops/" + openStop + "/photos/" + photo)
                .refused("GET", "/contest-stops/" + openStop + "/photos/" + photo + "?thumbnail=true")
                .refused("POST", "/contest-stops/" + openStop + "/photos/" + photo + "/remove")
                .probes();
    }
}
