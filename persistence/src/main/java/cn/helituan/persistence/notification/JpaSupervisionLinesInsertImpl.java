package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.SupervisionLine;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/** A notification's supervision lines as one insert of arrays (a province's are a line a group: 3,000 inserts). */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaSupervisionLinesInsertImpl implements JpaSupervisionLinesInsert {

    private static final String INSERT = """
            insert into notification_supervision_line (notification_id, kind, position, unit_id, name, parent_name,
                findings, rectified_on_time, overdue)
            select * from unnest(?::bigint[], ?::varchar[], ?::int[], ?::bigint[], ?::varchar[], ?::varchar[],
                ?::int[], ?::int[], ?::int[])""";

    private final JdbcTemplate jdbc;

    @Override
    public void insertAll(List<SupervisionLine> lines) {
        ArrayInsert.run(jdbc, INSERT, lines, c -> {
            c.add("bigint", SupervisionLine::getNotificationId);
            c.add("varchar", SupervisionLine::getKind);
            c.add("int4", SupervisionLine::getPosition);
            c.add("bigint", SupervisionLine::getUnitId);
            c.add("varchar", SupervisionLine::getName);
            c.add("varchar", SupervisionLine::getParentName);
            c.add("int4", SupervisionLine::getFindings);
            c.add("int4", SupervisionLine::getRectifiedOnTime);
            c.add("int4", SupervisionLine::getOverdue);
        });
    }
}
