package cn.helituan.persistence.history;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.history.DryRun;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.history.HistoryMasked;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Writes the history of every {@link AuditedEntity}: a "CREATED" row when it is inserted and one "UPDATED" row per
 * changed field, with old and new value, in the same transaction and on the same connection as the change itself.
 * Fields marked {@link HistoryIgnore} and the bookkeeping columns are left out; a personal number marked
 * {@link HistoryMasked} is written starred (its change is seen, the numbers are not kept in plain text). This plays the part Hibernate Envers
 * would (Envers 7.4 does not resolve from the registry here) and keeps the history in one table.
 * <p>
 * The rows of a flush are kept per session and written together, as one JDBC batch, when the flush ends (explicit,
 * automatic before a query, or before the commit), so that a flush of 500 imported members writes their history in
 * a few multi-row statements instead of one statement each; once written they are forgotten, so a long import's
 * memory stays flat. Anything still kept when the transaction completes (no flush came after it) is written then.
 * A {@link DryRun} (an import's check, always rolled back) writes none.
 */
@Component
class HistoryRecorder implements PostInsertEventListener, PostUpdateEventListener {

    static final String SYSTEM = "system";
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "createdBy", "updatedAt",
            "updatedBy");
    private static final String INSERT = """
            insert into record_history (entity_type, entity_id, action, field, old_value, new_value, changed_at,
                                        changed_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Map<Class<?>, Set<String>> ignored = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, HistoryMasked>> masked = new ConcurrentHashMap<>();
    /** The rows not yet written, per open session (weak: a session that failed mid-flush is not held on to). */
    private final Map<SharedSessionContractImplementor, List<Row>> pending =
            Collections.synchronizedMap(new WeakHashMap<>());

    HistoryRecorder(EntityManagerFactory emf) {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        // appended: they run after Hibernate's own flush listeners have executed the flush
        registry.appendListeners(EventType.FLUSH, (FlushEventListener) event -> write(event.getSession()));
        registry.appendListeners(EventType.AUTO_FLUSH, (AutoFlushEventListener) event -> write(event.getSession()));
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof AuditedEntity entity) {
            keep(event.getSession(), List.of(new Row(type(entity), (Long) event.getId(), "CREATED", null, null, null,
                    entity.getCreatedAt(), entity.getCreatedBy())));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof AuditedEntity entity) || event.getOldState() == null) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Set<String> skip = ignored.computeIfAbsent(entity.getClass(), HistoryRecorder::ignoredFields);
        Map<String, HistoryMasked> starred = masked.computeIfAbsent(entity.getClass(), HistoryRecorder::maskedFields);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (skip.contains(names[i])) {
                continue;
            }
            String before = render(event.getOldState()[i]);
            String after = render(event.getState()[i]);
            if (!Objects.equals(before, after)) {
                HistoryMasked mask = starred.get(names[i]);
                if (mask != null) {
                    before = mask.value().mask(before);
                    after = mask.value().mask(after);
                }
                rows.add(new Row(type(entity), (Long) event.getId(), "UPDATED", names[i], before, after,
                        entity.getUpdatedAt(), entity.getUpdatedBy()));
            }
        }
        keep(event.getSession(), rows);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static String type(Object entity) {
        return org.hibernate.Hibernate.getClassLazy(entity).getSimpleName();
    }

    static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Labeled labeled) {
            return labeled.label();
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getSimpleName() + "." + e.name();
        }
        if (value instanceof java.util.Collection<?> values) {
            // a set of enum values (EnumSetColumn): one code per value, comma-separated; "" for none
            return values.stream().map(HistoryRecorder::render).collect(java.util.stream.Collectors.joining(","));
        }
        return value.toString();
    }

    private static Set<String> ignoredFields(Class<?> type) {
        Set<String> names = new java.util.HashSet<>(BOOKKEEPING);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(HistoryIgnore.class)) {
                    names.add(f.getName());
                }
            }
        }
        return names;
    }

    private static Map<String, HistoryMasked> maskedFields(Class<?> type) {
        Map<String, HistoryMasked> fields = new java.util.HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                HistoryMasked mask = f.getAnnotation(HistoryMasked.class);
                if (mask != null) {
                    fields.put(f.getName(), mask);
                }
            }
        }
        return fields;
    }

    /** Keeps rows for the end of the flush that produced them (or, failing that, the end of the transaction). */
    private void keep(SharedSessionContractImplementor session, List<Row> rows) {
        if (rows.isEmpty() || DryRun.active()) {
            return;
        }
        List<Row> kept = pending.get(session);
        if (kept == null) {
            kept = new ArrayList<>();
            pending.put(session, kept);
            if (!session.isEventSource()) {
                // a stateless session writes each change at once and has no flush to wait for
                kept.addAll(rows);
                write(session);
                return;
            }
            session.getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) this::write);
        }
        kept.addAll(rows);
    }

    /** Writes the session's kept rows in one JDBC batch on its connection, and forgets them. */
    private void write(SharedSessionContractImplementor session) {
        List<Row> rows = pending.remove(session);
        if (rows == null || rows.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (Row row : rows) {
                    ps.setString(1, row.type());
                    ps.setLong(2, row.id());
                    ps.setString(3, row.action());
                    ps.setString(4, row.field());
                    ps.setString(5, row.oldValue());
                    ps.setString(6, row.newValue());
                    ps.setTimestamp(7, Timestamp.from(row.at() == null ? Instant.now() : row.at()));
                    ps.setString(8, row.by() == null ? SYSTEM : row.by());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private record Row(String type, Long id, String action, String field, String oldValue, String newValue,
                       Instant at, String by) {
    }
}
