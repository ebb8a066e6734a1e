package cn.helituan.domain.station;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.EnumSetColumn;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.photo.PhotoRecord;
import cn.helituan.domain.photo.PhotoUpload;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A stationed cadre's check-in of a day (打卡): where the phone said it was, the distance to the village, the
 * server's time, the photo taken then (what its file says of itself: {@link PhotoRecord}; its SHA-256 and EXIF
 * position here) and why it is doubtful. Written once, never changed or deleted.
 */
@Entity
@Table(name = CheckIn.TABLE)
public class CheckIn extends PhotoRecord {

    /** The check-ins' table (its photos' too: the thumbnail job's key names it). */
    public static final String TABLE = "station_checkin";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stationing_id")
    private Stationing stationing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    private LocalDate day;

    private Instant checkedAt;

    private double latitude;

    private double longitude;

    private Double accuracy;

    private Integer distance;

    @Convert(converter = Doubts.class)
    private Set<CheckInDoubt> doubts = Set.of();

    private String photoHash;

    private Double exifLatitude;

    private Double exifLongitude;

    protected CheckIn() {
    }

    CheckIn(Stationing stationing, LocalDate day, Instant checkedAt, CheckInJudge.Reported reported,
            PhotoUpload photo, String photoHash, Double exifLatitude, Double exifLongitude,
            CheckInJudge.Verdict verdict) {
        super(photo);
        this.stationing = stationing;
        this.object = stationing.getObject();
        this.member = stationing.getMember();
        this.day = day;
        this.checkedAt = checkedAt;
        this.latitude = reported.latitude();
        this.longitude = reported.longitude();
        this.accuracy = reported.accuracy();
        this.distance = verdict.distance();
        this.doubts = verdict.doubts().isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(verdict.doubts()));
        this.photoHash = photoHash;
        this.exifLatitude = exifLatitude;
        this.exifLongitude = exifLongitude;
    }

    public boolean isDoubtful() {
        return !doubts.isEmpty();
    }

    public Stationing getStationing() {
        return stationing;
    }

    public AssistedObject getObject() {
        return object;
    }

    public Member getMember() {
        return member;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public Double getAccuracy() {
        return accuracy;
    }

    public Integer getDistance() {
        return distance;
    }

    public Set<CheckInDoubt> getDoubts() {
        return doubts;
    }

    public String getPhotoHash() {
        return photoHash;
    }

    public Double getExifLatitude() {
        return exifLatitude;
    }

    public Double getExifLongitude() {
        return exifLongitude;
    }

    public static class Doubts extends EnumSetColumn<CheckInDoubt> {
        public Doubts() {
            super(CheckInDoubt.class);
        }
    }
}
