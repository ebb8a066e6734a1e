package cn.helituan.domain.demand;

import java.util.List;
import java.util.Optional;

/** The demand list's store; a page fetches each row's object and category with it. */
public interface Demands {

    Optional<Demand> findById(Long id);

    <S extends Demand> S save(S demand);

    /** The demands of an object with a title (an import's natural key). */
    List<Demand> findByObjectIdAndTitle(Long objectId, String title);

    /** A page of what the filter finds, latest raised first, with object and category. */
    List<Demand> find(DemandFilter filter, long offset, int limit);

    /** How many demands the filter finds. */
    long count(DemandFilter filter);

    /** The filter's demands counted by where they stand, in one statement (the figures). */
    DemandTally tally(DemandFilter filter);

    /** The object's demands not closed (declined, resolved, unsolvable). */
    long countOpenOfObject(long objectId);
}
