package cn.helituan.domain.assisted;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface AssistedObjects {

    Optional<AssistedObject> findById(Long id);

    <S extends AssistedObject> S save(S object);

    List<AssistedObject> findByArchivedFalseOrderByName();

    long countByArchivedFalse();

    /** Type to find: the live objects whose name matches the LIKE pattern, by name (pinyin), as picks. */
    List<ObjectPick> picks(String namePattern, Pageable page);

    boolean existsByCodeIgnoreCase(String code);

    Optional<AssistedObject> findByCodeIgnoreCase(String code);

    /** The objects with these codes, given in lower case (one query for a batch of import rows). */
    List<AssistedObject> findByLowerCodeIn(java.util.Collection<String> lowerCaseCodes);

    /** A page of the register, by name, with region and chain loaded. */
    Page<AssistedObject> search(AssistedQuery query, Pageable pageable);
}
