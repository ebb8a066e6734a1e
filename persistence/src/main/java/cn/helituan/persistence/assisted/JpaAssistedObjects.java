package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.assisted.ObjectPick;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaAssistedObjects extends JpaRepository<AssistedObject, Long>, AssistedObjects, JpaAssistedSearch {

    @Override
    @Query("select count(o) > 0 from AssistedObject o where lower(o.code) = lower(:code)")
    boolean existsByCodeIgnoreCase(@Param("code") String code);

    @Override
    @Query("select o from AssistedObject o where lower(o.code) = lower(:code)")
    Optional<AssistedObject> findByCodeIgnoreCase(@Param("code") String code);

    @Override
    @Query("select o from AssistedObject o where lower(o.code) in :codes")
    List<AssistedObject> findByLowerCodeIn(@Param("codes") java.util.Collection<String> lowerCaseCodes);

    @Override
    @Query("""
            select new cn.helituan.domain.assisted.ObjectPick(o.id, o.name, o.kind) from AssistedObject o
            where o.archived = false and lower(o.name) like :pattern escape '\\' order by o.name, o.id""")
    List<ObjectPick> picks(@Param("pattern") String namePattern, Pageable page);
}
