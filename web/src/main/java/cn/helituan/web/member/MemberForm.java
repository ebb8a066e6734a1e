package cn.helituan.web.member;

import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The member create/edit form; the first unit, position and date are asked on creation only. */
public class MemberForm {

    @NotBlank
    @Size(max = 50)
    private String name;
    @NotNull
    private Gender gender;
    @NotNull
    private Long workUnitId;
    @Size(max = 100)
    private String post;
    @Size(max = 50)
    private String rank;
    @Size(max = 200)
    private String specialty;
    @NotBlank
    @Pattern(regexp = "1\\d{10}")
    private String mobile;
    private boolean partyMember;
    @NotNull
    private MemberType type;
    @Size(max = 2000)
    private String notes;
    private Long unitId;
    private Position position = Position.MEMBER;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;
    private long version;

    public MemberDetails toDetails() {
        return new MemberDetails(name, gender, workUnitId, post, rank, specialty, mobile, partyMember, type, notes);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Long getWorkUnitId() {
        return workUnitId;
    }

    public void setWorkUnitId(Long workUnitId) {
        this.workUnitId = workUnitId;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public boolean isPartyMember() {
        return partyMember;
    }

    public void setPartyMember(boolean partyMember) {
        this.partyMember = partyMember;
    }

    public MemberType getType() {
        return type;
    }

    public void setType(MemberType type) {
        this.type = type;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
