package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.MonthlyNotification;
import cn.helituan.domain.notification.MonthlyNotifications;
import cn.helituan.domain.notification.NotificationLine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/** The notifications in JPQL: one statement for a page's count, one for its rows with their scope units. */
@Repository
class JpaMonthlyNotifications implements MonthlyNotifications {

    private static final String VISIBLE = """
            from MonthlyNotification n left join n.scopeUnit u
            where (n.status = cn.helituan.domain.notification.NotificationStatus.PUBLISHED
                   or (:drafts = true and n.status = cn.helituan.domain.notification.NotificationStatus.DRAFT
                       and (:prefix = '' or u.path like concat(:prefix, '%'))))
              and (:prefix = '' or u is null or u.path like concat(:prefix, '%') or u.id in :above)""";

    private final EntityManager em;

    JpaMonthlyNotifications(EntityManager em) {
        this.em = em;
    }

    @Override
    public MonthlyNotification save(MonthlyNotification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public Optional<MonthlyNotification> findById(Long id) {
        return em.createQuery("select n from MonthlyNotification n left join fetch n.scopeUnit where n.id = :id",
                MonthlyNotification.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<MonthlyNotification> live(Long scopeUnitId, LocalDate month) {
        return em.createQuery("""
                        select n from MonthlyNotification n
                        where n.month = :month and n.status in (cn.helituan.domain.notification.NotificationStatus.DRAFT,
                                                                cn.helituan.domain.notification.NotificationStatus.PUBLISHED)
                          and (n.scopeUnit.id = :unit or (:unit is null and n.scopeUnit is null))""",
                        MonthlyNotification.class)
                .setParameter("month", month).setParameter("unit", scopeUnitId).getResultList();
    }

    @Override
    public Page<MonthlyNotification> visible(String pathPrefix, List<Long> unitsAbove, boolean drafts,
                                             Pageable pageable) {
        long total = visible(em.createQuery("select count(n) " + VISIBLE, Long.class), pathPrefix, unitsAbove, drafts)
                .getSingleResult();
        List<MonthlyNotification> rows = visible(em.createQuery("select n " + VISIBLE.replace(
                        "left join n.scopeUnit u", "left join fetch n.scopeUnit u") + " order by n.month desc, n.id desc",
                        MonthlyNotification.class), pathPrefix, unitsAbove, drafts)
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
        return new PageImpl<>(rows, pageable, total);
    }

    private static <T> TypedQuery<T> visible(TypedQuery<T> query, String pathPrefix, List<Long> unitsAbove,
                                             boolean drafts) {
        return query.setParameter("prefix", pathPrefix).setParameter("above", unitsAbove).setParameter("drafts", drafts);
    }

    @Override
    public NotificationLine saveLine(NotificationLine line) {
        em.persist(line);
        return line;
    }

    @Override
    public List<NotificationLine> lines(long notificationId) {
        return em.createQuery("select l from NotificationLine l where l.notificationId = :id order by l.position",
                NotificationLine.class).setParameter("id", notificationId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
