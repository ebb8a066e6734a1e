package cn.helituan.app.station;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.StampWrites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counters the stationed cadres' kept figures are checked against (V92, persistence/station/AttendanceFigureCache):
 * every kind of write the attendance statement and the dashboard's station figures read raises them in its own
 * transaction — a check-in, an absence, a stationing, a pairing, a move in the team tree — and a write that rolls back
 * leaves them as they were; writes of what they do not read (a check-in's thumbnail or author, a member's or a unit's
 * name) leave them alone, so a kept figure stays kept. Each write runs in a transaction rolled back at its end, the
 * demo's data untouched. (StationFiguresTest checks the kept figures follow a real stationing and check-in.)
 */
class AttendanceStampTest extends FullStackTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private StampWrites stamps() {
        return new StampWrites(jdbc, transactions, "select coalesce(sum(n), 0) from station_attendance_stamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update station_checkin set doubts = doubts || '.' where id = (select min(id) from station_checkin)",
        "update station_absence set ends_on = ends_on + 1 where id = (select min(id) from station_absence)",
        "update stationing set planned_end_on = planned_end_on, starts_on = starts_on - 1"
            + " where id = (select min(id) from stationing)",
        "update assistance_relationship set ends_on = ends_on + 1"
            + " where id = (select min(id) from assistance_relationship)",
        "update unit set archived = not archived where id = (select max(id) from unit)"})
    void everyWriteTheFiguresReadRaisesTheCountersAndARollbackUndoesIt(String write) {
        stamps().assertRaisedAndUndone(write);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update station_checkin set created_by = created_by || '.' where id = (select min(id) from station_checkin)",
        "update stationing set post = coalesce(post, '') || '.' where id = (select min(id) from stationing)",
        "update member set name = name || '.' where id = (select min(id) from member)",
        "update unit set name = name || '.' where id = (select max(id) from unit)"})
    void writesOfWhatTheFiguresDoNotReadLeaveThemAlone(String write) {
        stamps().assertLeftAlone(write);
    }
}
