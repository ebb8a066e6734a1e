package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The fragment carrying the register's search into {@link JpaAssistedObjects}; see {@link JpaAssistedSearchImpl}. */
interface JpaAssistedSearch {

    Page<AssistedObject> search(AssistedQuery query, Pageable pageable);
}
