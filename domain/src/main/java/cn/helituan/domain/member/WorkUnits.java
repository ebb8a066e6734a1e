package cn.helituan.domain.member;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface WorkUnits {

    Optional<WorkUnit> findById(Long id);

    <S extends WorkUnit> S save(S workUnit);

    boolean existsByNameIgnoreCase(String name);

    Optional<WorkUnit> findByNameIgnoreCase(String name);

    List<WorkUnit> findByArchivedFalseOrderByName();

    /** The live work units as choices, by name. */
    List<WorkUnitOption> options();

    /** The live work units whose name contains the text (a lowered LIKE pattern, wildcards escaped), by name. */
    List<WorkUnitOption> search(String namePattern, org.springframework.data.domain.Pageable page);

    Page<WorkUnit> findByArchivedFalseOrderByName(Pageable pageable);

    long countMembers(Long workUnitId);
}
