package cn.helituan.domain.station;

import cn.helituan.domain.assisted.Stationing;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface Rotations {

    Optional<Rotation> findById(Long id);

    <S extends Rotation> S save(S rotation);

    /** The rotation the stationing ends or begins by, if any. */
    Optional<Rotation> ofStationing(long stationingId);

    /** A village's rotations, latest first, with both stationings and their members. */
    List<Rotation> ofObject(long objectId);

    /** Rotations with a switch due on the day and not yet done (outgoing not closed, or incoming not opened). */
    List<Rotation> switchDue(LocalDate day);

    /**
     * Current and future stationings due for rotation, a page at a time, by the day their term ends: those whose term
     * (the end day entered, else the planned end) ends between {@code from} and {@code to} ({@code longFrom} null),
     * or ({@code longFrom} given) those in force on {@code from} that began on or before {@code longFrom}. Scoped as
     * the register ({@link cn.helituan.domain.assisted.Stationings#register}).
     */
    Page<Stationing> due(String prefix, Long memberId, LocalDate from, LocalDate to, LocalDate longFrom,
                         Pageable pageable);
}
