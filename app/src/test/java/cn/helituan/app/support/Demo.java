package cn.helituan.app.support;

import cn.helituan.domain.team.Unit;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up the demo county's records by name, so tests do not depend on generated ids. */
@Component
public class Demo {

    public static final String PASSWORD = "demo1234";
    public static final String TEAM = "示范县干部人才合力团";
    public static final String INDUSTRY = "产业发展分团";
    public static final String WELFARE = "民生服务分团";
    public static final String TEA_GROUP = "茶产业合力小组";
    public static final String ECOMMERCE_GROUP = "电商带货服务队";
    public static final String MEDICAL_GROUP = "医疗帮扶合力小组";

    private final EntityManager em;

    public Demo(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public long unitId(String name) {
        List<Unit> units = em.createQuery("select u from Unit u where u.name = :n", Unit.class)
                .setParameter("n", name).getResultList();
        return units.get(0).getId();
    }

    /** A current member of the named unit (the first by name). */
    @Transactional(readOnly = true)
    public long memberIn(String unitName) {
        return em.createQuery("""
                select s.member.id from Membership s
                where s.unit.name = :n and s.leftOn is null order by s.member.name""", Long.class)
                .setParameter("n", unitName).setMaxResults(1).getSingleResult();
    }

    @Transactional(readOnly = true)
    public long accountId(String username) {
        return em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    @Transactional(readOnly = true)
    public long workUnitId(String name) {
        return em.createQuery("select w.id from WorkUnit w where w.name = :n", Long.class)
                .setParameter("n", name).getSingleResult();
    }

    @Transactional(readOnly = true)
    public <T> T reload(Class<T> type, long id) {
        return em.find(type, id);
    }
}
