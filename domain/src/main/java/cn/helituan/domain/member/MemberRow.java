package cn.helituan.domain.member;

/**
 * A member as the list shows it. {@code units} is filled from the page's memberships afterwards; {@code idNumber} is
 * whole (decrypted): the page and the export star it for whoever does not see it whole.
 */
public record MemberRow(Long id, String name, Gender gender, String workUnit, String post, String rank,
                        String specialty, String mobile, String idNumber, boolean partyMember, MemberType type,
                        boolean archived, String units) {

    public MemberRow withUnits(String units) {
        return new MemberRow(id, name, gender, workUnit, post, rank, specialty, mobile, idNumber, partyMember, type,
                archived, units);
    }
}
