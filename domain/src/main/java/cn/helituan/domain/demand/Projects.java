package cn.helituan.domain.demand;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The project list's store. */
public interface Projects {

    Optional<Project> findById(Long id);

    <S extends Project> S save(S project);

    Optional<Project> findByDemandId(Long demandId);

    /** A page of the filter's projects, by deadline, with group, demand and its object. */
    Page<Project> find(ProjectFilter filter, Pageable pageable);

    /** How many projects the filter's list has (the count of {@link #find}, nothing loaded). */
    long count(ProjectFilter filter);

    /** The active projects of a group (the activity form's choice). */
    List<Project> findByGroupIdAndStatusOrderByDeadlineAscIdAsc(Long groupId, ProjectStatus status);


    /** The active projects answering the object's demands. */
    long countActiveOfObject(long objectId);
}
