package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.MonthlyNotification;
import cn.helituan.domain.notification.MonthlyNotifications;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The notifications in JPQL: one statement for a page's count, one for its rows with their scope units. */
interface JpaMonthlyNotifications extends JpaRepository<MonthlyNotification, Long>, MonthlyNotifications {

    @Override
    @Query("select n from MonthlyNotification n left join fetch n.scopeUnit where n.id = :id")
    Optional<MonthlyNotification> findById(@Param("id") Long id);

    @Override
    @Query("""
            select n from MonthlyNotification n
            where n.month = :month and n.status in (cn.helituan.domain.notification.NotificationStatus.DRAFT,
                                                    cn.helituan.domain.notification.NotificationStatus.PUBLISHED)
              and (n.scopeUnit.id = :unit or (:unit is null and n.scopeUnit is null))""")
    List<MonthlyNotification> live(@Param("unit") Long scopeUnitId, @Param("month") LocalDate month);

    @Override
    @Query(value = """
            select n from MonthlyNotification n left join fetch n.scopeUnit u
            where (n.status = cn.helituan.domain.notification.NotificationStatus.PUBLISHED
                   or (:drafts = true and n.status = cn.helituan.domain.notification.NotificationStatus.DRAFT
                       and (:prefix = '' or u.path like concat(:prefix, '%'))))
              and (:prefix = '' or u is null or u.path like concat(:prefix, '%') or u.id in :above)
            order by n.month desc, n.id desc""",
            countQuery = """
            select count(n) from MonthlyNotification n left join n.scopeUnit u
            where (n.status = cn.helituan.domain.notification.NotificationStatus.PUBLISHED
                   or (:drafts = true and n.status = cn.helituan.domain.notification.NotificationStatus.DRAFT
                       and (:prefix = '' or u.path like concat(:prefix, '%'))))
              and (:prefix = '' or u is null or u.path like concat(:prefix, '%') or u.id in :above)""")
    Page<MonthlyNotification> visible(@Param("prefix") String pathPrefix, @Param("above") List<Long> unitsAbove,
                                      @Param("drafts") boolean drafts, Pageable pageable);

    @Override
    @Query("""
            select n from MonthlyNotification n left join n.scopeUnit u
            where n.status = cn.helituan.domain.notification.NotificationStatus.DRAFT
              and (u.id = :unit or (:unit is null and u is null))
            order by n.month, n.id""")
    List<MonthlyNotification> drafts(@Param("unit") Long scopeUnitId);
}
