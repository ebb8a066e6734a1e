package cn.helituan.domain.assisted;

import cn.helituan.domain.team.Unit;
import java.time.LocalDate;
import java.util.List;
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

    /** Every term of the live groups inside the prefix with live objects, past and present (the export). */
    Page<Relationship> inPath(String pathPrefix, Pageable pageable);

    /** The term of a group with an object that starts on the day (an import's natural key). */
    List<Relationship> findByGroupIdAndObjectIdAndStartsOn(Long groupId, Long objectId, java.time.LocalDate startsOn);

    long countActiveOfObject(Long objectId);

    /** Whether the object is (or was) paired with a group inside the path prefix. */
    boolean pairedInPath(Long objectId, String pathPrefix);

    /** Active relationships of groups inside the prefix that end on or before the day, soonest first. */
    Page<Relationship> activeEndingBy(String pathPrefix, LocalDate day, Pageable pageable);

    /** Live groups inside the prefix without an active relationship, by path. */
    Page<Unit> groupsWithoutActive(String pathPrefix, Pageable pageable);

    /** The terms of the groups under the path ("" for all), of a kind of object and a status (null: any). */
    Page<Relationship> search(String pathPrefix, AssistedKind kind, RelationshipStatus status, Pageable pageable);

    /** How many objects those terms pair (each once) and in how many industrial chains. */
    long[] objectsAndChains(String pathPrefix, AssistedKind kind, RelationshipStatus status);
}
