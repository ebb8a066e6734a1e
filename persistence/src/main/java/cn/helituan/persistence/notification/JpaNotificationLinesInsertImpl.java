package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.NotificationLine;
import cn.helituan.domain.notification.RankingFactor;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A notification's lines as one insert of arrays, a column each, in the generating transaction: a province's 3,400
 * lines were 3,400 inserts through Hibernate (an identity key each, so none batched), 1.5 s of a generation on a slow
 * host (issue 25).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaNotificationLinesInsertImpl implements JpaNotificationLinesInsert {

    private static final String INSERT = """
            insert into notification_line (notification_id, kind, position, unit_id, name, parent_name, reported,
                confirmed, funds_secured, projects_introduced, technologies_promoted, people_trained, beneficiaries,
                people_employed, produce_sold, score, rank, activity_id, figure, value, occurred_on)
            select * from unnest(?::bigint[], ?::varchar[], ?::int[], ?::bigint[], ?::varchar[], ?::varchar[],
                ?::int[], ?::int[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
                ?::numeric[], ?::numeric[], ?::numeric[], ?::int[], ?::bigint[], ?::varchar[], ?::numeric[],
                ?::date[])""";

    private final JdbcTemplate jdbc;

    @Override
    public void insertAll(List<NotificationLine> lines) {
        ArrayInsert.run(jdbc, INSERT, lines, c -> {
            c.add("bigint", NotificationLine::getNotificationId);
            c.add("varchar", l -> l.getKind().name());
            c.add("int4", NotificationLine::getPosition);
            c.add("bigint", NotificationLine::getUnitId);
            c.add("varchar", NotificationLine::getName);
            c.add("varchar", NotificationLine::getParentName);
            c.add("int4", NotificationLine::getReported);
            c.add("int4", NotificationLine::getConfirmed);
            for (RankingFactor figure : List.of(RankingFactor.FUNDS_SECURED, RankingFactor.PROJECTS_INTRODUCED,
                    RankingFactor.TECHNOLOGIES_PROMOTED, RankingFactor.PEOPLE_TRAINED, RankingFactor.BENEFICIARIES,
                    RankingFactor.PEOPLE_EMPLOYED, RankingFactor.PRODUCE_SOLD)) {
                c.add("numeric", l -> l.value(figure));
            }
            c.add("numeric", NotificationLine::getScore);
            c.add("int4", NotificationLine::getRank);
            c.add("bigint", NotificationLine::getActivityId);
            c.add("varchar", l -> l.getFigure() == null ? null : l.getFigure().name());
            c.add("numeric", NotificationLine::getValue);
            c.add("date", l -> l.getOccurredOn() == null ? null : java.sql.Date.valueOf(l.getOccurredOn()));
        });
    }
}
