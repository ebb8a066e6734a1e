package cn.helituan.domain.crossteam;

import java.util.List;

public interface CrossTeamMembers {

    <S extends CrossTeamMember> S save(S member);

    java.util.Optional<CrossTeamMember> findById(Long id);

    /** The team's current members, by name, with their member records. */
    List<CrossTeamMember> current(Long teamId);

    boolean isCurrent(Long teamId, Long memberId);
}
