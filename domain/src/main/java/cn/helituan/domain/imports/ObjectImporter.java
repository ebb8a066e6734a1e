package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.AssistedDetails;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.assisted.CommunityGoal;
import cn.helituan.domain.assisted.EnterpriseScale;
import cn.helituan.domain.assisted.IndustrialChain;
import cn.helituan.domain.assisted.IndustrialChains;
import cn.helituan.domain.assisted.ObjectPlace;
import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.assisted.VillageCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 帮扶对象: villages, communities, enterprises, schools and hospitals by code, in a region (by its code) with the
 * fields of their kind — a village's categories (脱贫村、产业村…, several in one cell), population and households, a
 * community's goals, an enterprise's chain (by name) and scale, a school's or hospital's level. A field that does not
 * belong to the row's kind is a problem rather than silently dropped. A known code gets the row's details. A
 * village's or community's place for the check-in (纬度, 经度 in decimal degrees, both or neither; 打卡半径 in metres,
 * {@link ObjectPlace#check()}): a sheet without the columns leaves the object's place as it is.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ObjectImporter implements SheetImporter {

    /** The kinds with a place for the check-in (coordinates and radius, V42). */
    private static final Set<AssistedKind> STATIONED = Set.of(AssistedKind.VILLAGE, AssistedKind.COMMUNITY);

    /** The columns only some kinds keep, and which. */
    private static final Map<String, Set<AssistedKind>> KIND_FIELDS = Map.of(
            "categories", Set.of(AssistedKind.VILLAGE), "population", Set.of(AssistedKind.VILLAGE),
            "households", Set.of(AssistedKind.VILLAGE), "goals", Set.of(AssistedKind.COMMUNITY),
            "chain", Set.of(AssistedKind.ENTERPRISE), "scale", Set.of(AssistedKind.ENTERPRISE),
            "level", Set.of(AssistedKind.SCHOOL, AssistedKind.HOSPITAL),
            "latitude", STATIONED, "longitude", STATIONED, "checkinRadius", STATIONED);

    /** As the object form takes a contact phone. */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+\\- ]{0,20}");

    private final AssistedObjects objects;
    private final Regions regions;
    private final IndustrialChains chains;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values v = run.values(line);
        if (v == null || !run.firstTime(line, "code", line.get("code"))) {
            return Outcome.PROBLEM;
        }
        AssistedKind kind = v.get("kind");
        boolean ok = true;
        for (Map.Entry<String, Set<AssistedKind>> field : KIND_FIELDS.entrySet()) {
            if (v.get(field.getKey()) != null && !field.getValue().contains(kind)) {
                run.problem(line, field.getKey(), "import.object.fieldNotForKind", line.get("kind"));
                ok = false;
            }
        }
        if (v.text("contactPhone") != null && !PHONE.matcher(v.text("contactPhone")).matches()) {
            run.problem(line, "contactPhone", "import.object.phone", v.text("contactPhone"));
            ok = false;
        }
        Region region = null;
        if (v.text("regionCode") != null) {
            region = regions.findByCodeIgnoreCase(v.text("regionCode")).filter(r -> !r.isArchived()).orElse(null);
            if (region == null) {
                run.problem(line, "regionCode", "import.object.regionUnknown", v.text("regionCode"));
                ok = false;
            }
        }
        IndustrialChain chain = null;
        if (v.text("chain") != null && kind == AssistedKind.ENTERPRISE) {
            chain = chains.findByNameIgnoreCase(v.text("chain")).filter(c -> !c.isArchived()).orElse(null);
            if (chain == null) {
                run.problem(line, "chain", "import.object.chainUnknown", v.text("chain"));
                ok = false;
            }
        }
        ObjectPlace place = new ObjectPlace(v.get("latitude"), v.get("longitude"), v.get("checkinRadius"));
        if (ok && STATIONED.contains(kind)) {
            ok = placeChecked(line, run, place);
        }
        if (!ok) {
            return Outcome.PROBLEM;
        }
        AssistedDetails details = new AssistedDetails(kind, v.text("name"), v.text("code"),
                region == null ? null : region.getId(), v.text("contactName"), v.text("contactPhone"), v.text("notes"),
                enums(VillageCategory.class, v.get("categories")), enums(CommunityGoal.class, v.get("goals")),
                v.get("population"), v.get("households"), chain == null ? null : chain.getId(),
                v.<EnterpriseScale>get("scale"), v.text("level"));
        AssistedObject existing = objects.findByCodeIgnoreCase(details.code()).orElse(null);
        if (existing == null) {
            AssistedObject object = new AssistedObject(kind, details.name(), details.code());
            object.apply(details, region, chain);
            object.locate(place);
            objects.save(object);
            return Outcome.CREATED;
        }
        if (existing.isArchived()) {
            run.problem(line, "code", "import.object.archived", details.code());
            return Outcome.PROBLEM;
        }
        if (!line.has("regionCode")) {
            region = existing.getRegion();
        }
        if (!line.has("chain")) {
            chain = existing.getChain();
        }
        details = keepAbsent(line, existing, details);
        place = keepAbsent(line, existing, place);
        if (same(existing, details) && samePlace(existing, place)) {
            return Outcome.UNCHANGED;
        }
        existing.apply(details, region, chain);
        existing.locate(place);
        return Outcome.UPDATED;
    }

    /** A column the sheet does not have leaves the object's value as it is. */
    private static AssistedDetails keepAbsent(ImportLine line, AssistedObject o, AssistedDetails d) {
        Long regionId = line.has("regionCode") ? d.regionId() : o.getRegion() == null ? null : o.getRegion().getId();
        Long chainId = line.has("chain") ? d.chainId() : o.getChain() == null ? null : o.getChain().getId();
        return new AssistedDetails(d.kind(), d.name(), d.code(), regionId,
                line.has("contactName") ? d.contactName() : o.getContactName(),
                line.has("contactPhone") ? d.contactPhone() : o.getContactPhone(),
                line.has("notes") ? d.notes() : o.getNotes(),
                line.has("categories") ? d.categories() : o.getCategories(),
                line.has("goals") ? d.goals() : o.getGoals(),
                line.has("population") ? d.population() : o.getPopulation(),
                line.has("households") ? d.households() : o.getHouseholds(), chainId,
                line.has("scale") ? d.scale() : o.getScale(), line.has("level") ? d.level() : o.getLevel());
    }

    /** Half a place, or a radius out of range, is the row's problem on its cell. */
    private static boolean placeChecked(ImportLine line, ImportRun run, ObjectPlace place) {
        try {
            place.check();
            return true;
        } catch (cn.helituan.domain.common.RuleViolation bad) {
            String key = "checkinRadius".equals(bad.field()) ? "import.object.place.radius" : bad.messageKey();
            run.problem(line, bad.field(), key, line.get(bad.field()));
            return false;
        }
    }

    /**
     * The coordinates come as a pair: without both columns the object keeps its place; without the radius column
     * its radius.
     */
    private static ObjectPlace keepAbsent(ImportLine line, AssistedObject o, ObjectPlace p) {
        boolean coordinates = line.has("latitude") && line.has("longitude");
        return new ObjectPlace(coordinates ? p.latitude() : o.getLatitude(),
                coordinates ? p.longitude() : o.getLongitude(),
                line.has("checkinRadius") ? p.radius() : Integer.valueOf(o.getCheckinRadius()));
    }

    private static boolean samePlace(AssistedObject o, ObjectPlace p) {
        boolean stationed = STATIONED.contains(o.getKind());
        int radius = p.radius() == null ? ObjectPlace.DEFAULT_RADIUS : p.radius();
        return near(o.getLatitude(), stationed ? p.latitude() : null)
                && near(o.getLongitude(), stationed ? p.longitude() : null)
                && o.getCheckinRadius() == radius;
    }

    /** The same degrees to a ten-millionth (a centimetre): an exported double read back is not rewritten. */
    private static boolean near(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-7;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Set<Object> values) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(value -> set.add(type.cast(value)));
        }
        return set;
    }

    private static boolean same(AssistedObject o, AssistedDetails d) {
        return o.getKind() == d.kind() && Cells.text(o.getName()).equals(d.name()) && o.getCode().equals(d.code())
                && Objects.equals(o.getRegion() == null ? null : o.getRegion().getId(), d.regionId())
                && Objects.equals(SheetImporter.cleaned(o.getContactName()), SheetImporter.blank(d.contactName()))
                && Objects.equals(SheetImporter.cleaned(o.getContactPhone()), SheetImporter.blank(d.contactPhone()))
                && Objects.equals(SheetImporter.cleaned(o.getNotes()), SheetImporter.blank(d.notes()))
                && o.getCategories().equals(d.kind() == AssistedKind.VILLAGE ? d.categories() : Set.of())
                && o.getGoals().equals(d.kind() == AssistedKind.COMMUNITY ? d.goals() : Set.of())
                && Objects.equals(o.getPopulation(), d.population())
                && Objects.equals(o.getHouseholds(), d.households())
                && Objects.equals(o.getChain() == null ? null : o.getChain().getId(), d.chainId())
                && o.getScale() == d.scale()
                && Objects.equals(SheetImporter.cleaned(o.getLevel()), SheetImporter.blank(d.level()));
    }
}
