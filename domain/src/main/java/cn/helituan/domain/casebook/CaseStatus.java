package cn.helituan.domain.casebook;

/** A case is drafted, submitted for review, and published by the org admin. */
public enum CaseStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED
}
