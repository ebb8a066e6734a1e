package cn.helituan.persistence.station;

import cn.helituan.domain.station.CheckIn;
import cn.helituan.domain.station.CheckIns;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaCheckIns extends JpaRepository<CheckIn, Long>, CheckIns, JpaCheckInBytes {

    @Override
    @Query("""
            select c from CheckIn c join fetch c.object
            where c.member.id = :memberId and c.day between :from and :to
            order by c.day desc, c.id desc""")
    List<CheckIn> ofMember(@Param("memberId") Long memberId, @Param("from") LocalDate from,
                           @Param("to") LocalDate to);

    @Override
    @Query(value = """
            select c from CheckIn c join fetch c.member
            where c.object.id = :objectId and c.day between :from and :to
            order by c.day desc, c.id desc""",
            countQuery = """
            select count(c) from CheckIn c where c.object.id = :objectId and c.day between :from and :to""")
    Page<CheckIn> ofObject(@Param("objectId") Long objectId, @Param("from") LocalDate from,
                           @Param("to") LocalDate to, Pageable pageable);
}
