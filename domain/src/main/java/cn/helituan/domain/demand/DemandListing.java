package cn.helituan.domain.demand;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readers' side of the demands: the list and its figures (the start page's, the dashboard's, an object's page),
 * the export's pages, and a demand's page with the steps the reader may take; each in the reader's scope
 * ({@link DemandAccess}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemandListing {

    private final Demands demands;
    private final Projects projects;
    private final DemandSuggestions suggestions;
    private final DemandPhotos photos;
    private final History history;
    private final DemandAccess access;

    /** Whether the user reads demands at all (the menu offers them). */
    public boolean readsDemands(Scope scope) {
        return access.readsDemands(scope);
    }

    /** Whether the user may raise demands at all (the list offers the button). */
    public boolean canRaise(Scope scope) {
        return access.canRaise(scope);
    }

    @Transactional(readOnly = true)
    public DemandView view(Scope scope, long id) {
        Demand demand = access.get(scope, id);
        Project project = projects.findByDemandId(id).orElse(null);
        if (project != null) {
            project.getGroup().getName();
        }
        boolean manages = access.manages(scope, demand);
        return new DemandView(demand, project,
                manages || scope.role() == Role.REVIEWER ? suggestions.findByDemandIdOrderByKindAscRankAsc(id)
                        : List.of(),
                history.of(Demand.class, id), access.canEdit(scope, demand), manages,
                project != null && access.works(scope, project), access.confirms(scope, demand),
                access.reviews(scope, demand), photos.findByDemandIdAndRemovedFalseOrderById(id),
                access.canAddPhotos(scope, demand));
    }

    /** A page of the user's demands, latest first, and how many the filter finds. */
    @Transactional(readOnly = true)
    public Page<Demand> list(Scope scope, DemandQuery query, Pageable pageable) {
        DemandFilter filter = access.filter(scope, query);
        long total = demands.count(filter);
        List<Demand> content = total <= pageable.getOffset() ? List.of()
                : demands.find(filter, pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(content, pageable, total);
    }

    /** How many demands the filter finds for the user: the list's total, without its rows (the to-do badge). */
    @Transactional(readOnly = true)
    public long count(Scope scope, DemandQuery query) {
        return demands.count(access.filter(scope, query));
    }

    /**
     * The list page's rows and figures with one count: the tally's collected demands are the page's total (the same
     * filter), so the demands are not counted twice.
     */
    @Transactional(readOnly = true)
    public DemandList listing(Scope scope, DemandQuery query, Pageable pageable) {
        DemandFilter filter = access.filter(scope, query);
        DemandTally tally = demands.tally(filter);
        List<Demand> content = tally.collected() <= pageable.getOffset() ? List.of()
                : demands.find(filter, pageable.getOffset(), pageable.getPageSize());
        return new DemandList(new PageImpl<>(content, pageable, tally.collected()), tally);
    }

    /** The figures of the user's demands: collected, resolved, open, overdue… */
    @Transactional(readOnly = true)
    public DemandTally tally(Scope scope, DemandQuery query) {
        return demands.tally(access.filter(scope, query));
    }
}
