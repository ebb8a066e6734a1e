package cn.helituan.app.support;

import static cn.helituan.app.support.Pages.unique;

import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestCriteria;
import cn.helituan.domain.contest.ContestCriterion;
import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestPresenter;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestScoring;
import cn.helituan.domain.contest.RoundDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year end's tests' contests: a town's published town contest of a year (first quarter), its stops' presenters
 * roster members, every criterion of a stop marked the same by the demo reviewer, the only judge.
 */
@Component
public class PublishedTownRounds {

    /** A stop: its village, the mobiles of the members presenting there, the mark of each criterion (of 10). */
    public record Stop(long villageId, List<String> mobiles, int mark) {
    }

    private final ContestAdministration administration;
    private final ContestScoring scoring;
    private final ContestCriteria criteria;
    private final AccountScopes accounts;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    PublishedTownRounds(ContestAdministration administration, ContestScoring scoring, ContestCriteria criteria,
                        AccountScopes accounts, TransactionTemplate tx, JdbcTemplate jdbc) {
        this.administration = administration;
        this.scoring = scoring;
        this.criteria = criteria;
        this.accounts = accounts;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    /** The mobiles of the first {@code count} current members of the unit and the units under it, by member. */
    public List<String> mobilesUnder(long unitId, int count) {
        return jdbc.queryForList("""
                select m.mobile from member m join membership s on s.member_id = m.id join unit u on u.id = s.unit_id
                where u.path like (select path from unit where id = ?) || '%' and s.left_on is null
                  and m.mobile is not null
                group by m.id, m.mobile order by m.id limit ?""", String.class, unitId, count);
    }

    /** The village's id by its name. */
    public long village(String name) {
        return jdbc.queryForObject("select id from assisted_object where name = ?", Long.class, name);
    }

    /** The round opened, its stops visited on the 1st, 2nd… of March, scored and published; its presenters in order. */
    public List<ContestPresenter> publish(int year, long townId, List<Stop> stops) {
        return tx.execute(status -> {
            Scope system = Scope.system();
            ContestRound round = administration.open(system, new RoundDetails(ContestLevel.TOWN, year, 1, townId,
                    unique("年终擂台"), "产业", null, 10, RoundDetails.defaultCriteria()));
            administration.addJudge(system, round.getId(), "reviewer");
            List<ContestCriterion> list = criteria.findByRoundIdOrderByPosition(round.getId());
            List<ContestPresenter> presenters = new ArrayList<>();
            for (int n = 0; n < stops.size(); n++) {
                Stop stop = stops.get(n);
                long stopId = administration.addStop(system, round.getId(), stop.villageId(), null,
                        LocalDate.of(year, 3, 1 + n)).getId();
                for (String mobile : stop.mobiles()) {
                    presenters.add(administration.addPresenter(system, round.getId(), stopId, null, mobile,
                            "村党支部书记"));
                }
                Map<Long, BigDecimal> marks = new HashMap<>();
                for (ContestCriterion c : list) {
                    marks.put(c.getId(), BigDecimal.valueOf(stop.mark()));
                }
                scoring.score(accounts.ofEnabled("reviewer").orElseThrow(), round.getId(), stopId,
                        new ContestScoring.Marks(marks, null));
            }
            administration.publish(system, round.getId(), round.getVersion());
            return presenters;
        });
    }
}
