package cn.helituan.domain.assisted;

import java.util.List;
import java.util.Optional;

public interface AssistedObjects {

    Optional<AssistedObject> findById(Long id);

    <S extends AssistedObject> S save(S object);

    List<AssistedObject> findByArchivedFalseOrderByName();
}
