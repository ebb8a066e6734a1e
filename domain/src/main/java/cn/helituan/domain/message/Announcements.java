package cn.helituan.domain.message;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The announcements. */
public interface Announcements {

    Announcement save(Announcement announcement);

    Optional<Announcement> findById(Long id);

    /** The announcements to the scope under the path prefix ("" for all), newest first, with their scope units. */
    Page<Announcement> inScope(String pathPrefix, Pageable pageable);
}
