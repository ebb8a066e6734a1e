package cn.helituan.domain.station;

import java.time.LocalDate;
import java.util.Optional;

public interface AttendanceApprovals {

    Optional<AttendanceApproval> findByObjectIdAndMonth(Long objectId, LocalDate month);

    <S extends AttendanceApproval> S save(S approval);
}
