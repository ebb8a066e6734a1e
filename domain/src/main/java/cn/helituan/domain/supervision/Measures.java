package cn.helituan.domain.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The measures against cadres. */
public interface Measures {

    Optional<Measure> findById(Long id);

    <S extends Measure> S save(S measure);

    /** A member's measures, latest decided first. */
    List<Measure> ofMember(long memberId);

    /** Measures of members with a membership (now or before) under the prefix, latest decided first. */
    Page<Measure> search(String prefix, Pageable pageable);
}
