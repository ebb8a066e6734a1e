package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.ResourceFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The resource list's dynamic query ({@link JpaResourceSearchImpl}). */
interface JpaResourceSearch {

    Page<AidResource> find(ResourceFilter filter, Pageable pageable);
}
