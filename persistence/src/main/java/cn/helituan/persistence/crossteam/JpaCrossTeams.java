package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.CrossTeam;
import cn.helituan.domain.crossteam.CrossTeams;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaCrossTeams extends JpaRepository<CrossTeam, Long>, CrossTeams, JpaCrossTeamSearch {

    /**
     * With its unit (every check of who reads it) and its leader and deputy (every page names them): one statement.
     * A query, not {@code findById} with an entity graph: Hibernate builds the SQL of a graph-hinted find anew each
     * time (half a team page's CPU), a query's from its plan cache.
     */
    @Override
    @Query("""
            select t from CrossTeam t join fetch t.unit left join fetch t.leader left join fetch t.deputy
            where t.id = :id""")
    Optional<CrossTeam> withPeople(@Param("id") Long id);

    @Override
    @Query("""
            select count(t) > 0 from CrossTeam t
            where t.unit.id = :unitId and t.year = :year and t.name = :name and not t.archived
              and (:exceptId is null or t.id <> :exceptId)""")
    boolean nameTaken(@Param("unitId") Long unitId, @Param("year") int year, @Param("name") String name,
                      @Param("exceptId") Long exceptId);

    @Override
    @Query(value = """
            select exists (select 1 from cross_team_member m
                           join membership s on s.member_id = m.member_id and s.left_on is null
                           join unit u on u.id = s.unit_id
                           where m.team_id = :teamId and not m.removed and u.path like :prefix || '%')""",
            nativeQuery = true)
    boolean hasMemberUnder(@Param("teamId") Long teamId, @Param("prefix") String prefix);
}
