package cn.helituan.domain.common;

/**
 * What one signed-in account may see and change. Every service method takes it first and filters by it.
 *
 * @param unitPath the materialised path of the scope unit ("/1/4/"): the account sees that unit and all
 *                 below it. Null with {@link Role#ORG_ADMIN} means the whole deployment.
 * @param objectId the assisted object (village) of a first secretary.
 */
public record Scope(Long accountId, String username, Role role, Long unitId, String unitPath, Long objectId,
                    Long memberId) {

    /** For start-up jobs and data loading: the whole deployment, acting as "system". */
    public static Scope system() {
        return new Scope(null, "system", Role.ORG_ADMIN, null, null, null, null);
    }

    public boolean wholeDeployment() {
        return role == Role.ORG_ADMIN && unitPath == null;
    }

    /** Whether a unit with this path lies inside the scope. */
    public boolean covers(String path) {
        if (wholeDeployment()) {
            return true;
        }
        return role.scopedToUnit() && unitPath != null && path != null && path.startsWith(unitPath);
    }

    /** The path prefix list queries filter on: every path starts with "" so the whole deployment is "". */
    public String pathFilter() {
        return wholeDeployment() ? "" : unitPath;
    }

    public boolean canReadRoster() {
        return role.scopedToUnit() && (unitPath != null || wholeDeployment());
    }

    public boolean canManageStructure() {
        return role == Role.ORG_ADMIN || role == Role.SUB_TEAM_LEADER;
    }

    public boolean canManageAccounts() {
        return role == Role.ORG_ADMIN;
    }

    /**
     * Whether the account reads the register of assisted objects and regions: the organization department and its
     * reviewers. First secretaries read their own object only; group and sub-team leaders will read the objects
     * their groups are paired with once relationships exist.
     */
    public boolean canReadRegister() {
        return role == Role.ORG_ADMIN || role == Role.REVIEWER;
    }

    public void requireRegister() {
        if (!canReadRegister()) {
            throw new ForbiddenException("read register");
        }
    }

    public void requireRoster() {
        if (!canReadRoster()) {
            throw new ForbiddenException("read roster");
        }
    }

    public void requireStructure() {
        if (!canManageStructure()) {
            throw new ForbiddenException("manage structure");
        }
    }

    /**
     * Whether the account imports spreadsheets: an org admin every kind, a sub-team leader the stationing register of
     * the villages their groups are paired with (the import service says which kinds).
     */
    public boolean canImport() {
        return canManageAccounts() || (role == Role.SUB_TEAM_LEADER && unitPath != null);
    }

    public void requireImports() {
        if (!canImport()) {
            throw new ForbiddenException("import");
        }
    }

    public void requireAccounts() {
        if (!canManageAccounts()) {
            throw new ForbiddenException("manage accounts");
        }
    }
}
