package cn.helituan.domain.crossteam;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface CrossTeams {

    Optional<CrossTeam> findById(Long id);

    /** The team with its unit, leader and deputy loaded. */
    Optional<CrossTeam> withPeople(Long id);

    <S extends CrossTeam> S save(S team);

    /**
     * The live teams a reader finds, by year and name: those whose unit's path starts with {@code prefix} (null: none
     * by the unit), those where {@code memberId} is leader, deputy or member (null: none), and those with a member who
     * holds a current membership under {@code memberPrefix} (null: none). {@code year} null = any.
     */
    Page<CrossTeamRow> search(String prefix, Long memberId, String memberPrefix, Integer year, Pageable pageable);

    /** The teams of {@link #search} in the columns of their import (the list's export). */
    Page<CrossTeamSheetRow> sheet(String prefix, Long memberId, String memberPrefix, Integer year, Pageable pageable);

    /** The current members of the teams {@link #search} finds, team by team (the members export). */
    Page<CrossTeamMemberRow> memberSheet(String prefix, Long memberId, String memberPrefix, Integer year,
                                         Pageable pageable);

    /** Whether a live team of the unit and year already has the name (other than {@code exceptId}). */
    boolean nameTaken(Long unitId, int year, String name, Long exceptId);

    /** The live teams of the name and year, in any unit (an import's key: the caller keeps those of its scope). */
    List<CrossTeam> findByNameAndYearAndArchivedFalse(String name, int year);

    /** Whether a member of the team holds a current membership under the path prefix. */
    boolean hasMemberUnder(Long teamId, String prefix);
}
