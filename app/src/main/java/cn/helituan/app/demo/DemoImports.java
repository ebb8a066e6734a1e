package cn.helituan.app.demo;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.imports.ImportKind;
import cn.helituan.domain.imports.ImportRecord;
import cn.helituan.domain.imports.ImportStatus;
import cn.helituan.web.imports.ImportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo county's imports, made by the organization department's administrator through the real import (the
 * template as {@code /imports/template} hands it out, filled in; uploaded, checked, confirmed): a roster of three
 * science-and-technology envoys joining 科技特派工作组, imported; and a village's demand list checked with one row in an
 * unknown category, left unconfirmed so its problems can be seen. The import's passes run their own transactions, so
 * this runs after the demo county's transaction has committed ({@link DemoData#loadIfWanted}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoImports {

    /** The imported roster. */
    static final String ROSTER = "科技特派员增补名册.xlsx";
    /** The demand list checked with a problem, not imported. */
    static final String DEMANDS = "石门村需求清单.xlsx";
    /** The imported people's mobiles start so (the demo county's own are 1380000xxxx). */
    static final String MOBILES = "1385555";
    private static final String GROUP = "示范县干部人才合力团/产业发展分团/科技特派工作组";

    private final ImportFiles files;
    private final DemoUsers users;

    void load(LocalDate today) {
        String joined = today.minusMonths(1).withDayOfMonth(1).toString();
        // mobile, name, gender, work unit, type, post, rank, specialty, party member, unit, position, joined, notes
        List<List<String>> roster = List.of(
                List.of(MOBILES + "0001", "钱学农", "男", "省农林科技大学", "农技人员", "副教授", "副高级", "茶树病虫害防治",
                        "是", GROUP, "成员", joined, "省级科技特派员"),
                List.of(MOBILES + "0002", "孔繁荣", "女", "市农业科学研究院", "农技人员", "助理研究员", "中级", "食用菌栽培",
                        "否", GROUP, "成员", joined, ""),
                List.of(MOBILES + "0003", "温雅", "女", "县科技局", "干部", "科员", "一级科员", "科技项目管理",
                        "是", GROUP, "成员", joined, "负责科技特派员工作台账"));
        String wanted = today.plusMonths(3).withDayOfMonth(1).toString();
        // object code, title, category, urgency, wanted by, description
        List<List<String>> demands = List.of(
                List.of("DEMO-002", "村卫生室药品柜更新", "医疗健康", "一般", wanted, "药品柜老化，需更换两组带锁药品柜。"),
                List.of("DEMO-002", "乡村民宿改造指导", "文化旅游", "一般", wanted, "三户村民有意开办民宿，需设计和经营指导。"));
        users.as("admin", scope -> {
            ImportRecord checked = upload(scope, ROSTER, ImportKind.MEMBERS, roster);
            ImportRecord imported = files.confirm(scope, checked.getId());
            if (imported.getStatus() != ImportStatus.IMPORTED) {
                throw new IllegalStateException(ROSTER + " was not imported: " + imported.getStatus());
            }
            return upload(scope, DEMANDS, ImportKind.DEMANDS, demands);
        });
    }

    private ImportRecord upload(Scope scope, String fileName, ImportKind kind, List<List<String>> rows) {
        Path file = null;
        try {
            file = Files.createTempFile("helituan-demo-", ".xlsx");
            files.fillTemplate(kind, rows, file);
            return files.uploadAndCheck(scope, fileName, file, kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }
}
