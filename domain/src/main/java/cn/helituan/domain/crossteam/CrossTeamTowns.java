package cn.helituan.domain.crossteam;

import java.util.List;

public interface CrossTeamTowns {

    <S extends CrossTeamTown> S save(S town);

    java.util.Optional<CrossTeamTown> findById(Long id);

    /** The towns the team serves now, by name, with their regions. */
    List<CrossTeamTown> current(Long teamId);

    boolean isCurrent(Long teamId, Long regionId);
}
