package cn.helituan.persistence.config;

import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * Spring Data reads each {@code @Query} once more to add sorting or derive a count query; here every count query is
 * written out and no declared query takes a {@code Sort}, so the plain reader does. The full HQL grammar, the
 * default, cost about a second of every start on a two-core machine (docs/performance.md); Hibernate still parses
 * and checks each query at start-up.
 */
class WrittenQueryEnhancerSelector extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

    WrittenQueryEnhancerSelector() {
        super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
    }
}
