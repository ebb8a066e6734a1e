package cn.helituan.domain.demand;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The resource list's store. */
public interface AidResources {

    Optional<AidResource> findById(Long id);

    <S extends AidResource> S save(S resource);

    /** A declarer's resources with a title (an import's natural key), one finder per kind of declarer. */
    List<AidResource> findByGroupIdAndTitle(Long groupId, String title);

    List<AidResource> findByMemberIdAndTitle(Long memberId, String title);

    List<AidResource> findByWorkUnitIdAndTitle(Long workUnitId, String title);

    /** A page of the filter's resources, latest declared first, with category and declarer. */
    Page<AidResource> find(ResourceFilter filter, Pageable pageable);

    /** The resources with ids, with category and declarer (a project's, the suggestions'). */
    List<AidResource> withIds(java.util.Collection<Long> ids);
}
