package cn.helituan.domain.supervision;

import java.util.Optional;

/** The checklist versions and their items. */
public interface Checklists {

    Optional<Checklist> findById(Long id);

    <S extends Checklist> S save(S checklist);

    /** The newest version. */
    Optional<Checklist> findFirstByOrderByNumberDesc();
}
