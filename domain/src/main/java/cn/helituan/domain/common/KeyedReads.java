package cn.helituan.domain.common;

/**
 * A read-only transaction whose statements all look records up by key (a record's page and its parts) tells
 * PostgreSQL to plan each of them once per connection and keep the plan, instead of planning it anew for the values
 * of each request — which PostgreSQL does whenever the values' statistics promise a cheaper plan, and which for these
 * lookups cost more than running them (a team's page: 0.5 ms for its members, 0.3 ms for its history; docs/
 * performance.md). Only for statements whose plan does not depend on the values: a list with optional filters, a
 * text search or a prefix of the tree wants its values' plan.
 */
public interface KeyedReads {

    /** The rest of the current transaction's statements planned once per connection (nothing outside one). */
    void forThisTransaction();
}
