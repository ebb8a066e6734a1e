package cn.helituan.domain.demand;

import cn.helituan.domain.history.HistoryEntry;
import java.util.List;

/** What a demand's page shows, read once. */
public record DemandView(Demand demand, Project project, List<DemandSuggestion> suggestions,
                         List<HistoryEntry> history, boolean canEdit, boolean manages, boolean works,
                         boolean confirms, boolean reviews, List<DemandPhoto> photos, boolean canAddPhotos) {
}
