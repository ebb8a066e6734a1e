package cn.helituan.domain.station;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.Stationings;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoThumbnails;
import cn.helituan.domain.photo.PhotoUpload;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily check-in (打卡) of a stationed cadre: once a day, in the village they are stationed in today, at the
 * server's time, with the phone's position and a photo; doubtful (never refused) for the reasons of
 * {@link CheckInJudge}. The cadre reads their own; the village's writers ({@link StationService#canWrite}) and the
 * department's register readers read a village's.
 */
@Service
public class CheckInService {

    private final CheckIns checkIns;
    private final Stationings stationings;
    private final StationService stations;
    private final CheckInRules rules;
    private final Clock clock;
    private final PhotoThumbnails thumbnails;
    private final TransactionTemplate readOnly;
    /** When the check-ins' thumbnails are drawn (a time of the deployment's day); null: right after each check-in. */
    private final LocalTime thumbnailsAt;

    public CheckInService(CheckIns checkIns, Stationings stationings, StationService stations, Clock clock,
                          PhotoThumbnails thumbnails, PlatformTransactionManager transactions,
                          @Value("${helituan.checkin.max-accuracy:200}") int maxAccuracy,
                          @Value("${helituan.checkin.exif-hours:2}") int exifHours,
                          @Value("${helituan.checkin.exif-distance:500}") int exifDistance,
                          @Value("${helituan.checkin.repeat-days:3}") int repeatDays,
                          @Value("${helituan.checkin.thumbnails-at:02:00}") String thumbnailsAt) {
        this.checkIns = checkIns;
        this.stationings = stationings;
        this.stations = stations;
        this.clock = clock;
        this.thumbnails = thumbnails;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.rules = new CheckInRules(maxAccuracy, exifHours, exifDistance, repeatDays);
        this.thumbnailsAt = thumbnailsAt.isBlank() ? null : LocalTime.parse(thumbnailsAt.strip());
    }

    /** What the phone sent: its position (null when the browser gave none), the photo as read, its EXIF position. */
    public record Command(Double latitude, Double longitude, Double accuracy, PhotoUpload photo,
                          Double exifLatitude, Double exifLongitude) {
    }

    public CheckInRules rules() {
        return rules;
    }

    /** The scope's stationing current today (where it checks in), if it is a stationed cadre's. */
    @Transactional(readOnly = true)
    public Optional<Stationing> stationedToday(Scope scope) {
        if (scope.memberId() == null) {
            return Optional.empty();
        }
        List<Stationing> current = stationings.currentOfMember(scope.memberId(), LocalDate.now(clock));
        current.forEach(s -> s.getObject().getName());
        return current.stream().findFirst();
    }

    /** The scope's own check-in today, if it made one. */
    @Transactional(readOnly = true)
    public Optional<CheckIn> today(Scope scope) {
        if (scope.memberId() == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return checkIns.ofMember(scope.memberId(), today, today).stream().findFirst();
    }

    /**
     * Checks the cadre in to the village today: refused (nothing written) when they are not stationed there today
     * (not found), without a position, or a second time today; otherwise saved with its doubts.
     */
    @Transactional
    public CheckIn checkIn(Scope scope, long objectId, Command command) {
        LocalDate today = LocalDate.now(clock);
        Stationing stationing = scope.memberId() == null ? null
                : stationings.currentOfMember(scope.memberId(), today).stream()
                        .filter(s -> s.getObject().getId() == objectId).findFirst().orElse(null);
        if (stationing == null) {
            throw new NotFoundException("stationing", objectId);
        }
        if (command.latitude() == null || command.longitude() == null) {
            throw RuleViolation.global("checkin.location.missing");
        }
        if (command.latitude() < -90 || command.latitude() > 90 || command.longitude() < -180
                || command.longitude() > 180 || command.latitude().isNaN() || command.longitude().isNaN()) {
            throw RuleViolation.global("checkin.location.invalid");
        }
        Double accuracy = command.accuracy() == null || command.accuracy().isNaN() || command.accuracy() < 0
                ? null : command.accuracy();
        if (command.photo() == null) {
            throw new RuleViolation("photo", "checkin.photo.missing");
        }
        if (checkIns.existsByMemberIdAndDay(scope.memberId(), today)) {
            throw RuleViolation.global("checkin.twice");
        }
        String hash = sha256(command.photo().content());
        AssistedObject village = stationing.getObject();
        CheckInJudge.Reported reported = new CheckInJudge.Reported(command.latitude(), command.longitude(), accuracy);
        List<CheckInJudge.Reported> earlier = checkIns.ofMember(scope.memberId(),
                        today.minusDays(rules.repeatDays() - 1L), today.minusDays(1)).stream()
                .map(c -> new CheckInJudge.Reported(c.getLatitude(), c.getLongitude(), c.getAccuracy())).toList();
        Instant now = clock.instant();
        CheckInJudge.Verdict verdict = CheckInJudge.judge(rules,
                new CheckInJudge.Village(village.getLatitude(), village.getLongitude(), village.getCheckinRadius()),
                reported, new CheckInJudge.Exif(command.photo().takenAt(), command.exifLatitude(),
                        command.exifLongitude()),
                LocalDateTime.ofInstant(now, clock.getZone()), checkIns.existsByPhotoHash(hash), earlier);
        CheckIn checkIn = checkIns.save(new CheckIn(stationing, today, now, reported, command.photo(), hash,
                command.exifLatitude(), command.exifLongitude(), verdict));
        checkIns.writeBytes(checkIn.getId(), command.photo().content(), command.photo().thumbnail(), thumbnailsAt);
        return checkIn;
    }

    /** The scope's own check-ins of the month, latest first. */
    @Transactional(readOnly = true)
    public List<CheckIn> mine(Scope scope, YearMonth month) {
        if (scope.memberId() == null) {
            return List.of();
        }
        List<CheckIn> rows = checkIns.ofMember(scope.memberId(), month.atDay(1), month.atEndOfMonth());
        rows.forEach(c -> c.getObject().getName());
        return rows;
    }

    /** The village's check-ins of the month, for its writers and the department's readers. */
    @Transactional(readOnly = true)
    public Page<CheckIn> ofObject(Scope scope, long objectId, YearMonth month, Pageable pageable) {
        requireVillageReader(scope, objectId);
        return checkIns.ofObject(objectId, month.atDay(1), month.atEndOfMonth(), pageable);
    }

    /**
     * The check-ins of a day in the scope's villages (the register's: every village to its readers, the villages
     * paired today to a sub-team leader); refused to everyone else.
     */
    @Transactional(readOnly = true)
    public Page<CheckIn> ofDay(Scope scope, LocalDate day, Pageable pageable) {
        if (scope.canReadRegister()) {
            return checkIns.ofDay(null, LocalDate.now(clock), day, pageable);
        }
        if (scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null) {
            return checkIns.ofDay(scope.pathFilter(), LocalDate.now(clock), day, pageable);
        }
        throw new ForbiddenException("read check-ins");
    }

    /** The village, for its check-in list's title, if the scope reads its check-ins. */
    @Transactional(readOnly = true)
    public AssistedObject village(Scope scope, long objectId) {
        requireVillageReader(scope, objectId);
        return stations.objectOf(objectId);
    }

    /**
     * A check-in's photo (or thumbnail), for the cadre who took it and the village's readers; null for a thumbnail
     * whose image does not decode. The check-ins' thumbnails wait for a quiet hour ({@code
     * helituan.checkin.thumbnails-at}: the morning's check-ins are answered first, and most of the photos are never
     * opened): one asked for before then is drawn now, two at a time at most, in no transaction while the image
     * decodes.
     */
    public byte[] photo(Scope scope, long id, boolean thumbnail) {
        byte[] bytes = readOnly.execute(status -> {
            CheckIn checkIn = checkIns.findById(id).orElseThrow(() -> new NotFoundException("checkIn", id));
            boolean own = scope.memberId() != null && scope.memberId().equals(checkIn.getMember().getId());
            if (!own && !readsVillage(scope, checkIn.getObject().getId())) {
                throw new NotFoundException("checkIn", id);
            }
            return checkIns.bytes(id, thumbnail);
        });
        if (bytes == null && thumbnail && thumbnails.makeNow(CheckIn.TABLE, id)) {
            return checkIns.bytes(id, true);
        }
        return bytes;
    }

    @Transactional(readOnly = true)
    public String contentType(long id, boolean thumbnail) {
        return thumbnail ? "image/jpeg" : checkIns.findById(id).map(CheckIn::getContentType).orElse("image/jpeg");
    }

    private boolean readsVillage(Scope scope, long objectId) {
        return scope.canReadRegister() || stations.canWrite(scope, objectId);
    }

    private void requireVillageReader(Scope scope, long objectId) {
        if (!readsVillage(scope, objectId)) {
            throw new ForbiddenException("read check-ins");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
