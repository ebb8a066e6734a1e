package cn.helituan.domain.demand;

import java.util.List;

/** What the matching page shows: the suggested resources and groups, best first, each with its reasons. */
public record Suggestions(List<Suggestion> resources, List<Suggestion> groups) {
}
