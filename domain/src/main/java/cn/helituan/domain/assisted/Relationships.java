package cn.helituan.domain.assisted;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface Relationships {

    /** The relationship with its group and object. */
    Optional<Relationship> findById(Long id);

    <S extends Relationship> S save(S relationship);

    /** Writes pending changes now (a renewal ends the old term before inserting the new one). */
    void flush();

    /** An object's relationships with groups inside the path prefix ("" for all), latest term first. */
    List<Relationship> ofObject(Long objectId, String pathPrefix);

    /** A group's relationships, latest term first, with their objects. */
    List<Relationship> ofGroup(Long groupId);

    boolean existsActive(Long groupId, Long objectId);

    /**
     * The objects a group is actively paired with: those it may log activities and plan tasks for. The one place
     * this rule is written.
     */
    default List<AssistedObject> activeObjectsOf(Long groupId) {
        return ofGroup(groupId).stream().filter(Relationship::isActive).map(Relationship::getObject).distinct()
                .toList();
    }

    /**
     * The chosen objects, each once in the order chosen, when every one is actively paired with the group; else a
     * {@link RuleViolation} on {@code field} with {@code messageKey}.
     */
    default List<AssistedObject> requireActivelyPaired(Long groupId, List<Long> objectIds, String field,
                                                       String messageKey) {
        Map<Long, AssistedObject> paired = new LinkedHashMap<>();
        activeObjectsOf(groupId).forEach(o -> paired.put(o.getId(), o));
        List<AssistedObject> chosen = new ArrayList<>();
        for (Long id : objectIds == null ? List.<Long>of() : objectIds) {
            AssistedObject object = paired.get(id);
            if (object == null) {
                throw new RuleViolation(field, messageKey);
            }
            if (!chosen.contains(object)) {
                chosen.add(object);
            }
        }
        return chosen;
    }

    /** Every term of the live groups inside the prefix with live objects, past and present (the export). */
    Page<Relationship> inPath(String pathPrefix, Pageable pageable);

    /** How many live objects have an active term with a live group under the path (a demand form's list). */
    long countPairedObjects(String pathPrefix);

    /** Type to find: those objects whose name matches the LIKE pattern, by name (pinyin), as picks. */
    List<ObjectPick> pairedPicks(String pathPrefix, String namePattern, Pageable page);

    /** The term of a group with an object that starts on the day (an import's natural key). */
    List<Relationship> findByGroupIdAndObjectIdAndStartsOn(Long groupId, Long objectId, java.time.LocalDate startsOn);

    long countActiveOfObject(Long objectId);

    /** Whether the object is (or was) paired with a group inside the path prefix. */
    boolean pairedInPath(Long objectId, String pathPrefix);

    /** Whether a term of a group inside the path prefix with the object is in force on the day (by its dates). */
    boolean pairedInPathOn(Long objectId, String pathPrefix, LocalDate day);

    /** Active relationships of groups inside the prefix that end on or before the day, soonest first. */
    Page<Relationship> activeEndingBy(String pathPrefix, LocalDate day, Pageable pageable);

    /** Live groups inside the prefix without a relationship in force on the day (by its dates), by path. */
    Page<Unit> groupsWithoutActive(String pathPrefix, LocalDate day, Pageable pageable);

    /**
     * The terms of the groups under the path ("" for all), of a kind of object and in a state on the day (null: any;
     * the state's name, as {@link Relationship#stateOn} tells it).
     */
    Page<Relationship> search(String pathPrefix, AssistedKind kind, String state, LocalDate day, Pageable pageable);

    /** How many objects those terms pair (each once) and in how many industrial chains. */
    long[] objectsAndChains(String pathPrefix, AssistedKind kind, String state, LocalDate day);

    /** Terms still active whose end date lies before the day (the daily job ends them), with group and object. */
    List<Relationship> findByStatusAndEndsOnBeforeOrderById(RelationshipStatus status, java.time.LocalDate day);
}
