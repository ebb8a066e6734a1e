package cn.helituan.persistence.station;

import cn.helituan.domain.station.AttendanceApproval;
import cn.helituan.domain.station.AttendanceApprovals;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaAttendanceApprovals extends JpaRepository<AttendanceApproval, Long>, AttendanceApprovals {
}
