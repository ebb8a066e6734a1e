package cn.helituan.app.station;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.FullStackTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counters the dashboard's attendance figures are kept against (V92, persistence/station/AttendanceFigureCache):
 * every kind of write the attendance statement reads raises them in its own transaction — a check-in, an absence, a
 * stationing, a pairing, a move in the team tree — and a write that rolls back leaves them as they were. Each write
 * here changes a demo row to what it already holds, which is enough: the figures are computed again after it.
 * (StationFiguresTest checks the kept figures follow a real stationing and check-in.)
 */
class AttendanceStampTest extends FullStackTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long stamp() {
        return jdbc.queryForObject("select coalesce(sum(n), 0) from station_attendance_stamp", Long.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update station_checkin set doubts = doubts where id = (select min(id) from station_checkin)",
        "update station_absence set status = status where id = (select min(id) from station_absence)",
        "update stationing set ends_on = ends_on where id = (select min(id) from stationing)",
        "update assistance_relationship set ends_on = ends_on where id = (select min(id) from assistance_relationship)",
        "update unit set path = path where id = (select max(id) from unit)"})
    void everyWriteTheFiguresReadRaisesTheCounters(String write) {
        long before = stamp();
        assertThat(jdbc.update(write)).as("the demo has a row for: %s", write).isEqualTo(1);
        assertThat(stamp()).as("after %s", write).isGreaterThan(before);

        long committed = stamp();
        transactions.executeWithoutResult(status -> {
            jdbc.update(write);
            status.setRollbackOnly();
        });
        assertThat(stamp()).as("after a rolled back %s", write).isEqualTo(committed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update member set name = name where id = (select min(id) from member)",
        "update unit set name = name where id = (select max(id) from unit)"})
    void writesTheFiguresDoNotReadLeaveThemAlone(String write) {
        long before = stamp();
        assertThat(jdbc.update(write)).isEqualTo(1);
        assertThat(stamp()).as("after %s", write).isEqualTo(before);
    }
}
