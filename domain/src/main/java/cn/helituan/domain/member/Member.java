package cn.helituan.domain.member;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.PersonalData;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.history.HistoryMasked;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A cadre or talent (干部人才). Belongs to units through {@link Membership}s. */
@Entity
@Table(name = "member")
public class Member extends AuditedEntity implements Labeled {

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_unit_id")
    private WorkUnit workUnit;

    private String post;

    @Column(name = "rank")
    private String rank;

    private String specialty;

    private String mobile;

    /** 身份证号, optional: SM4-encrypted in the column when a field key is set ({@link IdNumberColumn}). */
    @Convert(converter = IdNumberColumn.class)
    @HistoryMasked(PersonalData.Kind.ID_NUMBER)
    private String idNumber;

    /**
     * What a live member's ID number is unique on ({@code FieldCipher.digest}): ciphertexts of one number differ, so
     * the column itself cannot be compared.
     */
    @HistoryIgnore
    private String idNumberDigest;

    private boolean partyMember;

    @Enumerated(EnumType.STRING)
    private MemberType type;

    private String notes;

    private boolean archived;

    protected Member() {
    }

    public Member(MemberDetails details, WorkUnit workUnit) {
        this(details, workUnit, null);
    }

    /** A member; {@code idNumberDigest} is the digest of the details' ID number (null for none). */
    public Member(MemberDetails details, WorkUnit workUnit, String idNumberDigest) {
        apply(details, workUnit, idNumberDigest);
    }

    public void apply(MemberDetails details, WorkUnit workUnit) {
        apply(details, workUnit, null);
    }

    /** The details; {@code idNumberDigest} is the digest of their ID number, which a number must come with. */
    public void apply(MemberDetails details, WorkUnit workUnit, String idNumberDigest) {
        if ((details.idNumber() == null) != (idNumberDigest == null)) {
            throw new IllegalArgumentException("an ID number comes with its digest, and no digest without one");
        }
        this.idNumber = details.idNumber();
        this.idNumberDigest = idNumberDigest;
        this.name = details.name();
        this.gender = details.gender();
        this.workUnit = workUnit;
        this.post = details.post();
        this.rank = details.rank();
        this.specialty = details.specialty();
        this.mobile = details.mobile();
        this.partyMember = details.partyMember();
        this.type = details.type();
        this.notes = details.notes();
    }

    public void archive() {
        this.archived = true;
    }

    @Override
    public String label() {
        return name;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public WorkUnit getWorkUnit() {
        return workUnit;
    }

    public String getPost() {
        return post;
    }

    public String getRank() {
        return rank;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getMobile() {
        return mobile;
    }

    public String getIdNumber() {
        return idNumber;
    }

    /** The keyed digest of the ID number (null for none): what its uniqueness is checked on. */
    public String getIdNumberDigest() {
        return idNumberDigest;
    }

    public boolean isPartyMember() {
        return partyMember;
    }

    public MemberType getType() {
        return type;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isArchived() {
        return archived;
    }
}
