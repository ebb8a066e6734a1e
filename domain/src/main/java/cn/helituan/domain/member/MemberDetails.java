package cn.helituan.domain.member;

import cn.helituan.domain.common.IdNumbers;

/**
 * The editable facts of a member; {@code idNumber} (身份证号) is optional, kept as {@link IdNumbers#normalize} writes
 * it (a lower-case x upper-case, spaces out, blank as none).
 */
public record MemberDetails(String name, Gender gender, Long workUnitId, String post, String rank, String specialty,
                            String mobile, boolean partyMember, MemberType type, String notes, String idNumber) {

    public MemberDetails {
        idNumber = IdNumbers.normalize(idNumber);
    }

    /** Details without an ID number. */
    public MemberDetails(String name, Gender gender, Long workUnitId, String post, String rank, String specialty,
                         String mobile, boolean partyMember, MemberType type, String notes) {
        this(name, gender, workUnitId, post, rank, specialty, mobile, partyMember, type, notes, null);
    }
}
