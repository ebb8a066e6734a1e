package cn.helituan.domain.contest;

import cn.helituan.domain.common.Scope;

/**
 * Whether a reader may draft a typical case from a contest stop: asked by the stop's page, answered by the case
 * library (a feature after this one), so the page offers the link only to those whom it will not refuse.
 */
public interface CaseDrafting {

    boolean mayDraft(Scope scope);
}
