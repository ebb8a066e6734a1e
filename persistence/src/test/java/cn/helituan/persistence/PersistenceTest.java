package cn.helituan.persistence;

import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.persistence.testing.TestDatabase;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the persistence tests: the real PostgreSQL ({@link TestDatabase}), the schema from the Flyway migrations
 * only, validated by Hibernate. Every test runs in a transaction that is rolled back; all subclasses share one
 * application context, so none of them may change this configuration. Fixtures are built with the methods below.
 */
@DataJpaTest(showSql = false, properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false",
        "spring.jpa.properties.hibernate.jdbc.time_zone=UTC",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.flyway.locations=classpath:db/migration",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
        "logging.level.org.hibernate.orm.deprecation=error"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public abstract class PersistenceTest {

    @Autowired
    protected TestEntityManager em;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    /** A saved unit, placed in the tree as the service does it. */
    protected Unit unit(Unit parent, UnitKind kind, String name) {
        Unit unit = em.persist(new Unit(parent, kind, new UnitDetails(name, null, UnitField.GENERAL, null)));
        unit.placeInTree();
        em.flush();
        return unit;
    }

    protected WorkUnit workUnit(String name, WorkUnitKind kind) {
        return em.persistAndFlush(new WorkUnit(name, kind));
    }

    protected static MemberDetails details(String name, String mobile, String specialty, String post,
                                           boolean partyMember, MemberType type) {
        return new MemberDetails(name, Gender.MALE, null, post, null, specialty, mobile, partyMember, type, null);
    }

    protected Member member(MemberDetails details, WorkUnit workUnit) {
        return em.persistAndFlush(new Member(details, workUnit));
    }

    protected Membership membership(Member member, Unit unit, LocalDate joinedOn) {
        return em.persistAndFlush(new Membership(member, unit, Position.MEMBER, joinedOn));
    }
}
