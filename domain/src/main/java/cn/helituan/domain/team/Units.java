package cn.helituan.domain.team;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The team tree's store. Implemented by the persistence module. */
public interface Units extends UnitTreeSearch {

    Optional<Unit> findById(Long id);

    <S extends Unit> S save(S unit);

    long countLiveChildren(Long parentId);

    /** Rewrites the path of every unit below a moved unit. Returns the number of units changed. */
    int rebase(String oldPrefix, String newPrefix, int depthDelta);

    /**
     * Holds activity writes (and other moves) until this transaction ends: a move carries the moved unit's activity
     * figures from its old ancestors to the new ones (V22), which an activity written meanwhile under the old path
     * would miss.
     */
    void lockActivityWrites();

    /** Live units of the given kinds inside the prefix, for select lists. */
    List<Unit> selectable(String pathPrefix);

    /** Every unit under the path prefix ("" for all), archived ones too, in the tree's order, a page at a time. */
    Page<Unit> inPath(String pathPrefix, Pageable pageable);

    /** The same units as {@link #selectable} as choices (id, name, depth), without loading the entities. */
    List<UnitOption> selectableOptions(String pathPrefix);

    /** How many live units lie inside the prefix, counting no further than {@code upTo}. */
    long countSelectable(String pathPrefix, int upTo);

    /**
     * Live units inside the prefix down to {@code maxDepth}, and the live units directly under any of
     * {@code openParentIds} (may be empty), ordered by path.
     */
    List<UnitOption> openTree(String pathPrefix, int maxDepth, Collection<Long> openParentIds);

    /**
     * The live units of the kinds inside the prefix whose name contains the text ({@code namePattern}: lowered, LIKE
     * wildcards escaped with a backslash and wrapped in %), top levels first, as many as the page holds.
     */
    List<UnitPick> search(String pathPrefix, String namePattern, Collection<UnitKind> kinds, Pageable page);

    /** The live units inside the prefix, parents before children (an import resolves paths of names with them). */
    List<UnitKey> keysInside(String pathPrefix);

    /** Members currently in the unit itself (open memberships). */
    long countActiveMembers(Long unitId);

    /** Active assistance relationships of the unit (a group). */
    long countActiveRelationships(Long unitId);
}
