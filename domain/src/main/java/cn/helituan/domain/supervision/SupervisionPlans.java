package cn.helituan.domain.supervision;

import cn.helituan.domain.team.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The inspection plans. */
public interface SupervisionPlans {

    Optional<SupervisionPlan> findById(Long id);

    <S extends SupervisionPlan> S save(S plan);

    /** The units of the ids (a plan's groups). */
    List<Unit> units(java.util.Collection<Long> ids);

    /** The live groups under the path prefix, by id: the candidates of a plan. */
    List<Long> groupsUnder(String prefix);

    /**
     * Plans latest first: {@code prefix} non-null: those whose scope unit lies under it ("" every plan);
     * {@code inspectorId} non-null: those naming the account.
     */
    Page<SupervisionPlan> search(String prefix, Long inspectorId, Pageable pageable);
}
