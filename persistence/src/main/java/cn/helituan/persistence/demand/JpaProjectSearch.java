package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The project list's dynamic queries ({@link JpaProjectSearchImpl}). */
interface JpaProjectSearch {

    Page<Project> find(ProjectFilter filter, Pageable pageable);

    long count(ProjectFilter filter);

}
