package cn.helituan.domain.assisted;

import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative regions: reference data of the whole deployment, read by whoever reads the register of
 * assisted objects, changed by organization-department administrators.
 */
@Service
@RequiredArgsConstructor
public class RegionService {

    private static final String CHOICES = "regions";

    private final Regions regions;
    private final History history;
    private final ChoiceCache choices;

    /** Every live region by path as a form's choices (cached as {@link #tree}'s), for any reader who may fill it. */
    public List<RegionOption> options() {
        return choices.get(CHOICES, regions::liveOptions);
    }

    /** Every live region by path: the tree page, and the choices of every register page (cached). */
    public List<RegionOption> tree(Scope scope) {
        scope.requireRegister();
        return choices.get(CHOICES, regions::liveOptions);
    }

    @Transactional(readOnly = true)
    public Region get(Scope scope, long id) {
        scope.requireRegister();
        return live(id);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(Region.class, id);
    }

    @Transactional
    public Region create(Scope scope, Long parentId, RegionLevel level, String name, String code) {
        scope.requireAccounts();
        if (regions.existsByCodeIgnoreCase(code)) {
            throw new RuleViolation("code", "region.code.taken");
        }
        Region parent = null;
        if (parentId != null) {
            parent = regions.findById(parentId).filter(r -> !r.isArchived())
                    .orElseThrow(() -> new RuleViolation("parentId", "region.parent.invalid"));
        }
        Region region = regions.save(new Region(parent, level, name, code));
        region.placeInTree();
        choices.invalidateAfterCommit();
        return region;
    }

    @Transactional
    public Region update(Scope scope, long id, long version, String name, String code) {
        scope.requireAccounts();
        Region region = live(id);
        region.checkVersion(version);
        regions.findByCodeIgnoreCase(code).filter(other -> !other.getId().equals(region.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation("code", "region.code.taken");
                });
        region.apply(name, code);
        choices.invalidateAfterCommit();
        return region;
    }

    @Transactional
    public void archive(Scope scope, long id, long version) {
        scope.requireAccounts();
        Region region = live(id);
        region.checkVersion(version);
        if (regions.countLiveChildren(id) > 0) {
            throw RuleViolation.global("region.archive.hasChildren");
        }
        if (regions.countLiveObjects(id) > 0) {
            throw RuleViolation.global("region.archive.hasObjects");
        }
        region.archive();
        choices.invalidateAfterCommit();
    }

    private Region live(long id) {
        return regions.findById(id).filter(r -> !r.isArchived())
                .orElseThrow(() -> new NotFoundException("region", id));
    }
}
