package cn.helituan.persistence.member;

import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitOption;
import cn.helituan.domain.member.WorkUnits;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaWorkUnits extends JpaRepository<WorkUnit, Long>, WorkUnits {

    @Override
    @Query("select count(m) from Member m where m.workUnit.id = :id and m.archived = false")
    long countMembers(@Param("id") Long workUnitId);

    @Override
    @Query("""
            select new cn.helituan.domain.member.WorkUnitOption(w.id, w.name) from WorkUnit w
            where w.archived = false order by w.name""")
    List<WorkUnitOption> options();

    @Override
    @Query("""
            select new cn.helituan.domain.member.WorkUnitOption(w.id, w.name) from WorkUnit w
            where w.archived = false and lower(w.name) like :pattern escape '\\' order by w.name, w.id""")
    List<WorkUnitOption> search(@Param("pattern") String namePattern, org.springframework.data.domain.Pageable page);
}
