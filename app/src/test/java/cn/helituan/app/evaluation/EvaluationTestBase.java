package cn.helituan.app.evaluation;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.evaluation.EvaluationInputs;
import cn.helituan.domain.evaluation.EvaluationReading;
import cn.helituan.domain.evaluation.EvaluationResults;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The evaluation tests' common ground: {@link EvaluationFixture} made anew for each test, on its day. */
abstract class EvaluationTestBase extends FullStackTest {

    @Autowired
    RoundAdministration rounds;
    @Autowired
    EvaluationInputs inputs;
    @Autowired
    EvaluationReading reading;
    @Autowired
    EvaluationResults results;
    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestClock clock;

    EvaluationFixture f;

    @BeforeEach
    void fixture() {
        clock.set(EvaluationFixture.TODAY);
        f = new EvaluationFixture(units, members, jdbc, tx);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}
