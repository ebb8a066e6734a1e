package cn.helituan.domain.assisted;

import java.util.List;
import java.util.Optional;

public interface Stationings {

    Optional<Stationing> findById(Long id);

    <S extends Stationing> S save(S stationing);

    /** An object's first secretaries, current first then latest, with their members. */
    List<Stationing> ofObject(Long objectId);

    boolean existsOpen(Long objectId);
}
