package cn.helituan.domain.imports;

/** A row a pass creates ({@code updated} false) or updates, named by its key (and name, where the kind has one). */
public record ImportChange(String sheet, int row, ImportKind kind, boolean updated, String label) {

    /** The row named by its key (the kind's first column) and its name where it has one: "13900001111 王明". */
    static ImportChange of(ImportLine line, boolean updated) {
        String key = line.get(line.kind().columns().get(0).key());
        if (line.kind() == ImportKind.UNITS || line.kind() == ImportKind.RELATIONSHIPS) {
            key = String.join("/", ImportRun.pathNames(key));
        }
        if (line.kind() == ImportKind.RELATIONSHIPS) {
            key = key + " · " + line.get("objectCode") + " · " + line.get("startsOn");
        }
        if (line.kind() == ImportKind.ACTIVITIES) {
            key = line.get("occurredOn") + " " + line.get("title");
        }
        if (line.kind() == ImportKind.STATIONINGS) {
            key = line.get("objectCode") + " · " + line.get("mobile") + " · " + line.get("startsOn");
        }
        if (line.kind() == ImportKind.CROSS_TEAMS) {
            key = line.get("name") + " · " + line.get("year");
        }
        if (line.kind() == ImportKind.CROSS_TEAM_MEMBERS) {
            key = line.get("team") + " · " + line.get("year") + " · " + line.get("mobile");
        }
        String name = line.kind().column("name").isPresent() && !line.kind().columns().get(0).key().equals("name")
                ? line.get("name") : "";
        if (line.kind() == ImportKind.MEMBERS) {
            name = MemberImporter.chineseName(name);
        }
        return new ImportChange(line.sheet(), line.row(), line.kind(), updated, name.isEmpty() ? key : key + " " + name);
    }
}
