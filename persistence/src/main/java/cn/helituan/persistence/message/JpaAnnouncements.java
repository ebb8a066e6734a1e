package cn.helituan.persistence.message;

import cn.helituan.domain.message.Announcement;
import cn.helituan.domain.message.Announcements;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaAnnouncements extends JpaRepository<Announcement, Long>, Announcements {

    @Override
    @Query(value = """
            select a from Announcement a left join fetch a.scopeUnit u
            where :prefix = '' or u.path like concat(:prefix, '%')
            order by a.createdAt desc, a.id desc""",
            countQuery = """
            select count(a) from Announcement a left join a.scopeUnit u
            where :prefix = '' or u.path like concat(:prefix, '%')""")
    Page<Announcement> inScope(@Param("prefix") String pathPrefix, Pageable pageable);
}
