package cn.helituan.domain.casebook;

import cn.helituan.domain.assisted.TownPick;
import cn.helituan.domain.common.NamePattern;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.PartHistory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library's pages: the search, a case with its figures as drafted and now, its trail. */
@Service
@RequiredArgsConstructor
public class CaseReading {

    private final CaseStudies studies;
    private final CaseFigures figures;
    private final CasePhotos photos;
    private final CaseAccess access;
    private final History history;
    private final cn.helituan.domain.assisted.Regions regions;
    private final java.time.Clock clock;

    /** The search's filters (null = any); {@code from} and {@code to}: the days of publication, both included. */
    public record Filter(String text, String theme, Long townId, String objectKind, Integer year, CaseStatus status,
                         java.time.LocalDate from, java.time.LocalDate to) {

        public Filter(String text, String theme, Long townId, String objectKind, Integer year, CaseStatus status) {
            this(text, theme, townId, objectKind, year, status, null, null);
        }
    }

    /** A figure with the record's value now (null: the record is gone) and whether it changed since drafted. */
    public record FigureLine(CaseFigure figure, BigDecimal now) {
        public boolean changed() {
            return now == null || now.compareTo(figure.getValue()) != 0;
        }
    }

    /** A case's page. */
    public record CaseView(CaseStudy study, List<FigureLine> figures, List<CasePhoto> photos, boolean writes,
                           boolean reviews, List<PartHistory> history) {
        public boolean anyChanged() {
            return figures.stream().anyMatch(FigureLine::changed);
        }
    }

    @Transactional(readOnly = true)
    public Page<CaseStudy> search(Scope scope, Filter filter, Pageable pageable) {
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
        String theme = filter.theme() == null || filter.theme().isBlank() ? null : filter.theme().strip();
        Page<CaseStudy> page = studies.search(access.draftsPrefix(scope), filter.status(), theme,
                filter.townId(), filter.objectKind(), filter.year(), filter.from() == null && filter.to() == null ? null
                        : new CaseStudies.Published(filter.from(), filter.to(), clock.getZone()), text, pageable);
        // the page's villages, towns and units in one batch each (default_batch_fetch_size), not one per case
        page.forEach(c -> {
            if (c.getObject() != null) {
                c.getObject().getName();
            }
            if (c.getTown() != null) {
                c.getTown().getName();
            }
            if (c.getUnit() != null) {
                c.getUnit().getName();
            }
        });
        return page;
    }

    /**
     * How many cases of the status were published in the days, as the search filtered so counts them (the
     * dashboard's figure, which opens that list).
     */
    @Transactional(readOnly = true)
    public long countPublished(Scope scope, CaseStatus status, LocalDate from, LocalDate to) {
        return studies.count(access.draftsPrefix(scope), status, new CaseStudies.Published(from, to, clock.getZone()));
    }

    /**
     * The towns the search's filter offers as the user types: those whose name or county's name contains the text, at
     * most {@code limit} (none without a text: the filter lists only its chosen town, {@link #town}).
     */
    @Transactional(readOnly = true)
    public List<TownPick> townChoices(String text, int limit) {
        return text == null || text.isBlank() ? List.of()
                : regions.townsLike(NamePattern.contains(text), PageRequest.of(0, limit));
    }

    /** The town the search is filtered by, to show in its filter (null: none, or not a live town). */
    @Transactional(readOnly = true)
    public TownPick town(Long id) {
        return id == null ? null : regions.town(id).orElse(null);
    }

    @Transactional(readOnly = true)
    public CaseView view(Scope scope, long id) {
        CaseStudy study = access.readable(scope, id);
        if (study.getObject() != null) {
            study.getObject().getName();
        }
        if (study.getUnit() != null) {
            study.getUnit().getName();
        }
        if (study.getTown() != null) {
            study.getTown().getName();
        }
        Map<Long, BigDecimal> now = figures.currentOf(id);
        List<FigureLine> lines = figures.findByCaseIdAndRemovedFalseOrderById(id).stream()
                .map(f -> new FigureLine(f, now.get(f.getId()))).toList();
        List<PartHistory> trail = new ArrayList<>();
        history.of(CaseStudy.class, id).forEach(e -> trail.add(new PartHistory(e, "CaseStudy", null)));
        for (FigureLine line : lines) {
            history.of(CaseFigure.class, line.figure().getId())
                    .forEach(e -> trail.add(new PartHistory(e, "CaseFigure", line.figure().getLabel())));
        }
        List<CasePhoto> allPhotos = photos.findByCaseIdOrderById(id);
        Map<Long, String> photoNumbers = new java.util.HashMap<>();
        for (int i = 0; i < allPhotos.size(); i++) {
            photoNumbers.put(allPhotos.get(i).getId(), String.valueOf(i + 1));
        }
        history.of(CasePhoto.class, photoNumbers.keySet()).forEach(e -> trail.add(
                new PartHistory(e, "CasePhoto", photoNumbers.get(e.recordId()))));
        trail.sort(Comparator.comparing((PartHistory p) -> p.entry().at()).reversed());
        return new CaseView(study, lines, allPhotos.stream().filter(p -> !p.isRemoved()).toList(),
                access.writes(scope, study), access.reviews(scope, study), trail);
    }
}
