package cn.helituan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.Demo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.core.io.ClassPathResource;

/**
 * What a user does in a real browser (headless Chromium): the organization department on a desktop, a group leader
 * on a 360 × 780 phone, the language switch. Saves screenshots of the main screens to {@code docs/screenshots/}.
 * The browser and the shared steps: {@link BrowserSession}.
 */
class BrowserIT extends BrowserSession {

    @Test
    void orgAdminBrowsesTheStructureDownToAMember() throws IOException {
        desktop();
        logIn("admin");
        assertThat(text(By.tagName("h1"))).contains("您好");
        // The demo county's figures (other tests may add records of their own, never remove demo ones).
        assertThat(Integer.parseInt(text(By.id("member-total")))).isGreaterThanOrEqualTo(60);
        assertThat(Integer.parseInt(text(By.id("group-total")))).isGreaterThanOrEqualTo(8);
        screenshot("home-admin.png");

        navigate("组织架构", "/units");
        WebElement tree = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-tree")));
        assertThat(tree.getText()).contains(Demo.TEAM, Demo.INDUSTRY, Demo.WELFARE);
        // Sub-teams start folded: their groups are read (htmx) when the sub-team is opened.
        By teaGroup = By.xpath("//a[normalize-space()='" + Demo.TEA_GROUP + "']");
        assertThat(driver.findElements(teaGroup)).isEmpty();
        click(By.xpath("//summary[.//a[normalize-space()='" + Demo.INDUSTRY + "']]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(teaGroup));
        click(By.xpath("//summary[.//a[normalize-space()='" + Demo.WELFARE + "']]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(Demo.MEDICAL_GROUP)));
        screenshot("units-tree-admin.png");

        click(By.linkText(Demo.INDUSTRY));
        waitForPath("/units/" + demo.unitId(Demo.INDUSTRY));
        assertThat(text(By.id("unit-name"))).isEqualTo(Demo.INDUSTRY);
        assertThat(text(By.tagName("main"))).contains("下级单元", Demo.TEA_GROUP, Demo.ECOMMERCE_GROUP);

        click(By.linkText(Demo.TEA_GROUP));
        waitForPath("/units/" + demo.unitId(Demo.TEA_GROUP));
        assertThat(text(By.id("unit-name"))).isEqualTo(Demo.TEA_GROUP);
        int teaMembers = currentMembers(Demo.TEA_GROUP);
        List<WebElement> rows = driver.findElements(By.cssSelector("#unit-members tbody tr"));
        assertThat(rows).hasSize(teaMembers);
        assertThat(text(By.tagName("main"))).contains("成员（" + teaMembers + "）");
        // Leaders first: the group leader, then the deputy, then the members.
        assertThat(rows.get(0).findElements(By.tagName("td")).get(1).getText()).isEqualTo("组长");
        assertThat(rows.get(1).findElements(By.tagName("td")).get(1).getText()).isEqualTo("副组长");
        assertThat(rows.get(2).findElements(By.tagName("td")).get(1).getText()).isEqualTo("成员");
        screenshot("unit-group.png");

        WebElement firstMember = rows.get(0).findElement(By.tagName("a"));
        String name = firstMember.getText();
        assertThat(name).isNotBlank();
        firstMember.click();
        wait.until(ExpectedConditions.urlMatches("/members/\\d+$"));
        assertThat(text(By.id("member-name"))).isEqualTo(name);
        WebElement unitHistory = driver.findElement(By.id("memberships"));
        assertThat(unitHistory.getText()).contains(Demo.TEA_GROUP, "组长", "2025-03-01 至今");
        WebElement history = driver.findElement(By.id("history"));
        assertThat(history.getText()).contains("修改记录", "创建", "system");
        screenshot("member-page.png");
    }

    @Test
    void groupLeaderOnAPhoneSeesOnlyTheirGroup() throws IOException {
        phone();
        driver.get(url("/login"));
        assertThat(text(By.tagName("h1"))).isEqualTo("干部人才合力团管理系统");
        screenshot("login-phone.png");
        logIn("leader");

        navigate("组织架构", "/units");
        assertThat(driver.findElement(By.cssSelector("#mainNav a[aria-current='page']")).getDomProperty("textContent"))
                .isEqualTo("组织架构");
        String tree = text(By.id("unit-tree"));
        assertThat(tree).contains(Demo.TEA_GROUP).doesNotContain(Demo.MEDICAL_GROUP, Demo.ECOMMERCE_GROUP,
                Demo.INDUSTRY);

        navigate("人员名册", "/members");
        int teaMembers = currentMembers(Demo.TEA_GROUP);
        assertThat(text(By.id("member-count"))).isEqualTo("共 " + teaMembers + " 人");
        List<WebElement> cards = driver.findElements(By.cssSelector("#member-table tbody tr"));
        assertThat(cards).hasSize(Math.min(teaMembers, 20));
        // A phone shows each member as a card without the table's head and wide columns (gender, specialty,
        // mobile), and keeps the extra filters folded.
        assertThat(driver.findElement(By.cssSelector("#member-table thead")).isDisplayed()).isFalse();
        assertThat(cards.get(0).findElements(By.cssSelector("td.wide"))).allSatisfy(td -> assertThat(td.isDisplayed()).isFalse());
        assertThat(cards.get(0).getCssValue("display")).isEqualTo("block");
        assertThat(driver.findElement(By.id("workUnit")).isDisplayed()).isFalse();
        String name = cards.get(3).findElement(By.cssSelector("td.name a")).getText();
        assertNoHorizontalScroll();
        screenshot("members-phone.png");

        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys(name);
        click(By.id("search"));
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.textToBe(By.id("member-count"), "共 1 人"));
        WebElement found = driver.findElement(By.cssSelector("#member-table tbody tr"));
        assertThat(found.getText()).contains(name, Demo.TEA_GROUP);
        screenshot("member-search-phone.png");
        found.click();
        wait.until(ExpectedConditions.urlMatches("/members/\\d+$"));
        assertThat(text(By.id("member-name"))).isEqualTo(name);
        assertThat(text(By.id("memberships"))).contains(Demo.TEA_GROUP);
        assertNoHorizontalScroll();

        driver.get(url("/units/" + demo.unitId(Demo.MEDICAL_GROUP)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        assertThat(text(By.tagName("main"))).contains("404", "找不到该页面或记录，或它不在您的管理范围内。")
                .doesNotContain(Demo.MEDICAL_GROUP);
        screenshot("not-found-phone.png");
    }

    @Test
    void orgAdminOnAPhoneRegistersAnEnterpriseAndFindsVillagesByCategory() throws IOException {
        phone();
        logIn("admin");
        navigate("帮扶对象", "/objects");
        click(By.cssSelector(".filters-toggle"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("category")));
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("弱村");
        click(By.id("search"));
        wait.until(ExpectedConditions.urlContains("category=WEAK"));
        List<WebElement> cards = driver.findElements(By.cssSelector("#object-table tbody tr"));
        assertThat(cards).extracting(WebElement::getText).anySatisfy(card -> assertThat(card).contains("石门村", "弱村"))
                .noneSatisfy(card -> assertThat(card).contains("桃园村"));
        assertNoHorizontalScroll();
        screenshot("objects-phone.png");

        driver.get(url("/objects/new"));
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("kind")))).selectByVisibleText("企业");
        // only the enterprise's own fields show
        assertThat(driver.findElement(By.cssSelector("fieldset[data-kind='ENTERPRISE']")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("fieldset[data-kind='VILLAGE']")).isDisplayed()).isFalse();
        String name = "秦岭猕猴桃" + System.nanoTime() % 100000 + "有限公司";
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("code")).sendKeys("E-" + System.nanoTime());
        new Select(driver.findElement(By.id("regionId"))).selectByVisibleText("\u3000青山镇");
        new Select(driver.findElement(By.id("chainId"))).selectByVisibleText("茶产业链");
        new Select(driver.findElement(By.id("scale"))).selectByVisibleText("中型");
        assertNoHorizontalScroll();
        screenshot("object-form-phone.png");
        click(By.id("save"));
        wait.until(ExpectedConditions.urlMatches("/objects/\\d+$"));
        assertThat(text(By.id("object-name"))).isEqualTo(name);
        assertThat(text(By.id("object-record"))).contains("企业", "青山镇", "茶产业链", "中型");
        assertThat(text(By.id("history"))).contains("组织部管理员");
    }

    @Test
    void subTeamLeaderPairsAGroupWithoutARelationship() throws IOException {
        desktop();
        logIn("subteam");
        navigate("帮扶关系", "/relationships");
        String warnings = text(By.id("groups-without"));
        assertThat(warnings).contains("科技特派工作组").doesNotContain(Demo.MEDICAL_GROUP);
        screenshot("relationships-warnings.png");

        WebElement science = driver.findElements(By.cssSelector("#groups-without li")).stream()
                .filter(li -> li.getText().contains("科技特派工作组")).findFirst().orElseThrow();
        science.findElement(By.linkText("结对")).click();
        waitForPath("/relationships/new");
        new Select(driver.findElement(By.id("objectId"))).selectByVisibleText("金田村 (村)");
        new Select(driver.findElement(By.id("focus"))).selectByVisibleText("科技");
        driver.findElement(By.id("agreement")).sendKeys("一村一策：猕猴桃品种改良与技术培训。");
        // a three-year term is refused on the end date, the input kept
        WebElement ends = driver.findElement(By.id("endsOn"));
        driver.executeScript("arguments[0].value = arguments[1]", ends, LocalDate.now().plusYears(3).toString());
        click(By.id("save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("relationship-form"), "帮扶期限须为 1 至 2 年。"));
        assertThat(driver.findElement(By.id("agreement")).getDomProperty("value")).contains("猕猴桃");
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("endsOn")),
                LocalDate.now().plusYears(2).minusDays(1).toString());
        click(By.id("save"));
        wait.until(ExpectedConditions.urlMatches("/relationships/\\d+$"));
        assertThat(text(By.id("relationship-title"))).contains("科技特派工作组", "金田村");
        assertThat(text(By.id("relationship-record"))).contains("在期", "科技", "猕猴桃");
        screenshot("relationship-page.png");
    }

    @Test
    void firstSecretaryOnAPhoneSeesTheirVillageAndTheGroupsPairedWithIt() throws IOException {
        phone();
        logIn("secretary");
        click(By.id("my-object"));
        wait.until(ExpectedConditions.urlMatches("/objects/\\d+$"));
        assertThat(text(By.id("object-name"))).isEqualTo("青山村");
        assertThat(text(By.id("object-record"))).contains("脱贫村", "产业村");
        assertThat(text(By.id("secretaries"))).contains("在任");
        assertThat(text(By.id("relationships"))).contains(Demo.TEA_GROUP, "在期");
        assertThat(driver.findElements(By.id("station-form"))).as("no admin forms").isEmpty();
        assertNoHorizontalScroll();
        screenshot("village-secretary-phone.png");

        click(By.cssSelector("#relationships a[href^='/relationships/']"));
        wait.until(ExpectedConditions.urlMatches("/relationships/\\d+$"));
        assertThat(text(By.id("relationship-record"))).contains("乡村振兴", "一村一策");
        assertThat(driver.findElements(By.id("renew-form"))).isEmpty();
    }

    @Test
    void phoneUserSwitchesToEnglishAndBack() throws IOException {
        phone();
        logIn("leader");
        navigate("组织架构", "/units");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");

        openMenu();
        click(By.linkText("English"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        waitForPath("/units");
        assertThat(text(By.tagName("h1"))).isEqualTo("Team structure");
        assertThat(text(By.id("unit-tree"))).contains(Demo.TEA_GROUP, currentMembers(Demo.TEA_GROUP) + " people");
        openMenu();
        assertThat(text(By.id("mainNav"))).contains("Home", "Structure", "Roster", "Work units", "Log out");
        assertNoHorizontalScroll();
        screenshot("english-phone.png");

        openMenu();
        click(By.linkText("中文"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        assertThat(text(By.tagName("h1"))).isEqualTo("组织架构");
        // The choice is remembered on the next page.
        navigate("人员名册", "/members");
        assertThat(text(By.tagName("h1"))).isEqualTo("人员名册");
    }

    @Test
    void orgAdminImportsARosterThroughThePreview() throws IOException {
        desktop();
        logIn("admin");
        navigate("数据导入", "/imports");
        String mobile = "1370000" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        String path = Demo.TEAM + "/" + Demo.INDUSTRY + "/" + Demo.TEA_GROUP;
        // first a file with a mistake: the work unit is misspelled
        Path wrong = roster(List.of("姓名", "性别", "派出单位", "人员类别", "手机号码", "所在单位"),
                List.of("诸葛亮", "男", "县农业农村", "专家", mobile, path));
        driver.findElement(By.id("file")).sendKeys(wrong.toString());
        click(By.id("upload"));
        wait.until(ExpectedConditions.urlMatches("/imports/\\d+$"));
        // the check runs in the background: the page shows its progress, then reloads itself with what it found
        wait.until(ExpectedConditions.textToBe(By.id("import-status"), "有错误，未导入"));
        assertThat(text(By.id("problems"))).contains("人员名册 3 C 派出单位", "找不到派出单位“县农业农村”");
        assertThat(driver.findElements(By.id("confirm"))).as("nothing to confirm").isEmpty();
        screenshot("import-errors.png");

        navigate("数据导入", "/imports");
        Path right = roster(List.of("姓名", "性别", "派出单位", "人员类别", "手机号码", "所在单位"),
                List.of("诸葛亮", "男", "县农业农村局", "专家", mobile, path));
        driver.findElement(By.id("file")).sendKeys(right.toString());
        click(By.id("upload"));
        wait.until(ExpectedConditions.urlMatches("/imports/\\d+$"));
        wait.until(ExpectedConditions.textToBe(By.id("import-status"), "已检查，待确认"));
        assertThat(text(By.cssSelector("#tallies tr[data-kind='MEMBERS'] .created"))).isEqualTo("1");
        assertThat(jdbc.queryForObject("select count(*) from member where mobile = ?", Long.class, mobile)).isZero();
        screenshot("import-preview.png");

        click(By.id("confirm"));
        wait.until(ExpectedConditions.textToBe(By.id("import-status"), "已导入"));
        assertThat(text(By.tagName("main"))).contains("导入完成。");
        navigate("人员名册", "/members");
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys(mobile);
        search.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-table"), "诸葛亮"));
        for (Path file : List.of(wrong, right)) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    @Test
    void groupLeaderOnAPhoneLogsAVisitWithAPhotoAndTheFirstSecretaryConfirmsIt() throws IOException {
        metrics(390, 844, 2, true);
        logIn("leader");
        // the start page offers the group's main task in one tap
        assertThat(text(By.id("main-task"))).isEqualTo("记录活动");
        click(By.id("main-task"));
        waitForPath("/activities/new");
        String title = "春茶采摘技术指导 " + System.nanoTime() % 100_000;
        driver.findElement(By.id("title")).sendKeys(title);
        assertThat(driver.findElement(By.id("type-figures")).isDisplayed()).as("no type yet: no figures first")
                .isFalse();
        new Select(driver.findElement(By.id("typeId"))).selectByVisibleText("技术推广");
        // the type's own figures come first, open; the others stay folded
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#type-figures #peopleTrained")));
        assertThat(driver.findElements(By.cssSelector("#type-figures #technologiesPromoted"))).hasSize(1);
        assertThat(driver.findElement(By.id("patientsSeen")).isDisplayed()).isFalse();
        driver.findElement(By.id("peopleTrained")).sendKeys("25");
        click(By.xpath("//label[normalize-space()='青山村 (村)']"));
        driver.findElement(By.id("place")).sendKeys("青山村茶园");
        click(By.cssSelector("#members .form-check-input"));
        // the network drops, the page is opened again: what was typed is still there
        driver.get(url("/activities/new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-restored")));
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
        assertThat(driver.findElement(By.id("place")).getDomProperty("value")).isEqualTo("青山村茶园");
        assertThat(driver.findElement(By.xpath("//label[normalize-space()='青山村 (村)']/preceding-sibling::input"))
                .isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#type-figures #peopleTrained")).getDomProperty("value"))
                .as("the restored type keeps its figures first").isEqualTo("25");
        // the evidence, attached on the form itself: a photo from the phone's camera or gallery (the input does not
        // force the camera), taken in March (its own EXIF time), so flagged against today's date
        WebElement photoInput = driver.findElement(By.id("photos"));
        assertThat(photoInput.getDomAttribute("accept")).isEqualTo("image/*");
        assertThat(photoInput.getDomAttribute("capture")).isNull();
        photoInput.sendKeys(new ClassPathResource("photos/tea-garden-exif.jpg").getFile().getAbsolutePath());
        assertNoHorizontalScroll();
        screenshot("activity-form-phone.png");
        click(By.id("save"));
        wait.until(ExpectedConditions.urlMatches("/activities/\\d+$"));
        String activityUrl = driver.getCurrentUrl();
        assertThat(text(By.id("activity-status"))).isEqualTo("已上报");
        assertThat(text(By.id("confirmations"))).contains("青山村", "已上报");
        assertThat(text(By.id("photos"))).contains("照片（1/9）", "拍摄于 2026-03-14 09:30", "拍摄日期与活动日期不符");
        assertImageShown(By.cssSelector("#photos img"));
        driver.get(url("/activities/new"));
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).as("the saved draft is gone").isEmpty();

        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        logIn("secretary");
        driver.get(activityUrl);
        assertThat(text(By.id("activity-title"))).isEqualTo(title);
        assertImageShown(By.cssSelector("#photos img"));
        click(By.id("confirm"));
        wait.until(ExpectedConditions.textToBe(By.id("activity-status"), "已确认"));
        assertThat(text(By.id("confirmations"))).contains("青山村第一书记").doesNotContain("secretary");
        assertThat(driver.findElements(By.id("confirm"))).as("confirmed once; a dispute is still possible").isEmpty();
        assertThat(text(By.id("decide"))).contains("青山村的意见已记录：已确认");
        assertNoHorizontalScroll();
        screenshot("activity-confirmed-phone.png");
    }

    /**
     * The problem-solving journey: the first secretary raises a demand from a phone, the organization department
     * accepts it and matches it with a resource and the tea group (the suggestions say why), the group leader logs the
     * activity for the project and reports it solved, and only the first secretary's confirmation resolves it.
     */
    @Test
    void aVillagesDemandIsMatchedWorkedOnAndConfirmedResolved() throws IOException {
        phone();
        logIn("secretary");
        navigate("需求清单", "/demands");
        click(By.id("raise-demand"));
        waitForPath("/demands/new");
        String title = "茶农缺少修剪技术 " + System.nanoTime() % 100_000;
        new Select(driver.findElement(By.id("categoryId"))).selectByVisibleText("技能培训");
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("description")).sendKeys("老茶园亟需修剪改造，村里没有懂技术的人。");
        new Select(driver.findElement(By.id("urgency"))).selectByVisibleText("较急");
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("wantedBy")),
                java.time.LocalDate.now().plusMonths(3).toString());
        assertNoHorizontalScroll();
        click(By.id("save"));
        wait.until(ExpectedConditions.urlMatches("/demands/\\d+$"));
        String demandUrl = driver.getCurrentUrl();
        assertThat(text(By.id("demand-status"))).isEqualTo("已提出");
        screenshot("demand-raised-phone.png");

        driver.manage().deleteAllCookies();
        desktop();
        logIn("admin");
        driver.get(demandUrl);
        click(By.id("accept"));
        wait.until(ExpectedConditions.textToBe(By.id("demand-status"), "已受理"));
        click(By.id("match-demand"));
        wait.until(ExpectedConditions.urlMatches("/demands/\\d+/match$"));
        long tea = demo.unitId(Demo.TEA_GROUP);
        long training = jdbc.queryForObject("select id from resource where title = '茶叶种植技术培训'", Long.class);
        assertThat(text(By.id("group-" + tea))).as("the tea group is paired with the village")
                .contains("已与该对象结对 +30");
        assertThat(text(By.id("resource-" + training))).contains("类别相同 +40");
        screenshot("demand-match.png");
        click(By.cssSelector("#group-" + tea + " input[type=radio]"));
        driver.findElement(By.id("amount-" + training)).sendKeys("2");
        click(By.id("save-match"));
        wait.until(ExpectedConditions.urlMatches("/projects/\\d+$"));
        String projectUrl = driver.getCurrentUrl();
        assertThat(text(By.id("allocations"))).contains("茶叶种植技术培训", "2");

        driver.manage().deleteAllCookies();
        phone();
        logIn("leader");
        driver.get(projectUrl);
        click(By.id("log-for-project"));
        waitForPath("/activities/new");
        driver.findElement(By.id("title")).sendKeys("老茶园修剪现场教学");
        new Select(driver.findElement(By.id("typeId"))).selectByVisibleText("技能培训");
        click(By.xpath("//label[normalize-space()='青山村 (村)']"));
        new Select(driver.findElement(By.id("projectId"))).selectByVisibleText(title);
        click(By.id("save"));
        wait.until(ExpectedConditions.urlMatches("/activities/\\d+$"));
        assertThat(text(By.id("activity-project"))).isEqualTo(title);
        driver.get(demandUrl);
        assertThat(text(By.id("demand-status"))).as("the activity puts it under way").isEqualTo("办理中");
        click(By.id("report-solved"));
        wait.until(ExpectedConditions.textToBe(By.id("demand-status"), "待确认解决"));

        driver.manage().deleteAllCookies();
        logIn("secretary");
        driver.get(demandUrl);
        assertThat(text(By.id("project"))).contains(title, "100%");
        click(By.id("confirm-resolved"));
        wait.until(ExpectedConditions.textToBe(By.id("demand-status"), "已解决"));
        // who moved it, by the persons' names
        assertThat(text(By.id("history"))).contains("青山村第一书记", "组织部管理员",
                jdbc.queryForObject("select display_name from account where username = 'leader'", String.class));
        assertNoHorizontalScroll();
        screenshot("demand-resolved-phone.png");
    }

    /**
     * The annual plan: the tea group's leader writes next year's plan on a phone — a problem found on a visit, a
     * key task with a measurable target — and hands it in; the sub-team leader approves it; after that a change needs
     * a reason and is recorded as an amendment.
     */
    @Test
    void aGroupLeaderWritesTheYearsPlanAndTheSubTeamApprovesIt() throws IOException {
        int year = java.time.LocalDate.now().getYear() + 1;
        long tea = demo.unitId(Demo.TEA_GROUP);
        phone();
        logIn("leader");
        driver.get(url("/plans/group/" + tea + "?year=" + year));
        if (!driver.findElements(By.id("start-plan")).isEmpty()) {
            click(By.id("start-plan"));
        }
        wait.until(ExpectedConditions.urlMatches("/plans/\\d+$"));
        String planUrl = driver.getCurrentUrl();
        assertThat(text(By.id("plan-status"))).isEqualTo("编制中");
        driver.findElement(By.id("problem-description")).sendKeys("茶叶初加工设备老旧，成品率低");
        click(By.id("add-problem"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problems"), "茶叶初加工设备老旧"));
        click(By.id("add-task-KEY"));
        wait.until(ExpectedConditions.urlMatches("/plans/\\d+/tasks/new"));
        String task = "更新茶叶初加工设备 " + System.nanoTime() % 100_000;
        driver.findElement(By.id("title")).sendKeys(task);
        click(By.xpath("//label[normalize-space()='青山村']"));
        new Select(driver.findElement(By.id("targetFigure"))).selectByVisibleText("落实资金（元）");
        driver.findElement(By.id("targetValue")).sendKeys("150000");
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("dueOn")),
                year + "-09-30");
        assertNoHorizontalScroll();
        click(By.id("save"));
        wait.until(ExpectedConditions.urlToBe(planUrl));
        assertThat(text(By.id("tasks-KEY"))).contains(task, "目标 150,000.00");
        click(By.id("submit-plan"));
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "已报送待审"));
        screenshot("plan-phone.png");

        driver.manage().deleteAllCookies();
        desktop();
        logIn("subteam");
        driver.get(planUrl);
        click(By.id("approve-plan"));
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "已审定"));
        assertThat(text(By.cssSelector(".alert-info"))).contains("每一处调整都须说明理由");
        screenshot("plan-approved.png");
    }

    /** The image is on the page and its picture came (a lazy image loads once scrolled to). */
    @Test
    void theOrgAdminOpensTheDashboardAndASubTeamLeaderReadsTheirsOnAPhone() throws IOException {
        desktop();
        logIn("admin");
        click(By.id("open-dashboard"));
        waitForPath("/dashboard");
        WebElement activities = driver.findElement(By.cssSelector("#outcomes tr[data-figure='ACTIVITIES'] a.reported"));
        String reported = activities.getText();
        assertThat(text(By.id("structure"))).contains("人员", "合力小组", "结对村");
        // the trend's chart (Chart.js) draws the table's twelve months, reported and confirmed
        assertThat(driver.executeScript("var c = Chart.getChart(document.querySelector('#trend canvas'));"
                + " return c.data.labels.length * c.data.datasets.length")).isEqualTo(24L);
        screenshot("dashboard-admin.png");

        // the figure opens the year's activities, whose totals say the same number
        click(By.cssSelector("#outcomes tr[data-figure='ACTIVITIES'] a.reported"));
        waitForPath("/activities");
        assertThat(text(By.id("totals-table"))).contains("合计（不含已撤回）：" + reported + " 次活动");

        driver.manage().deleteAllCookies();
        phone();
        logIn("subteam");
        navigate("数据看板", "/dashboard");
        assertThat(text(By.id("by-unit"))).contains(Demo.TEA_GROUP).doesNotContain(Demo.MEDICAL_GROUP);
        assertNoHorizontalScroll();
        screenshot("dashboard-subteam-phone.png");
    }

    @Test
    void theOrgAdminGeneratesReviewsAndPublishesLastMonthsNotification() throws IOException {
        desktop();
        logIn("admin");
        navigate("每月通报", "/notifications");
        // the form offers the last month that is over; the demo county logged activities in it
        click(By.id("generate"));
        wait.until(ExpectedConditions.urlMatches("/notifications/\\d+$"));
        assertThat(text(By.id("notification-state"))).contains("草稿");
        assertThat(driver.findElements(By.cssSelector("#ranking-table .ranking-row"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(text(By.id("ranking-table"))).contains(Demo.TEA_GROUP);
        click(By.id("publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification-state"), "已发布"));
        assertThat(driver.findElements(By.id("publish"))).isEmpty();
        screenshot("notification-published.png");
    }

    @Test
    void theYearsEvaluationIsOpenedAssessedRatedScoredAndPublished() throws IOException {
        desktop();
        logIn("admin");
        navigate("年度考核", "/evaluations");
        click(By.id("open-round"));
        waitForPath("/evaluations/new");
        String name = "示范县 " + LocalDate.now().getYear() + " 年度考核 " + System.nanoTime() % 10000;
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("scopeUnitId"))).selectByValue(String.valueOf(demo.unitId(Demo.TEAM)));
        click(By.cssSelector("input[name='reviewerIds'][value='" + demo.accountId("reviewer") + "']"));
        click(By.id("save-round"));
        wait.until(ExpectedConditions.urlMatches("/evaluations/\\d+$"));
        String round = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(text(By.id("round-state"))).contains("进行中");
        assertThat(driver.findElements(By.cssSelector("#board .board-row"))).hasSizeGreaterThanOrEqualTo(3);
        click(By.id("sort-TASKS"));
        wait.until(ExpectedConditions.urlContains("sort=INDICATOR_TASKS"));
        screenshot("evaluation-review.png");

        // the group leader writes the self-assessment on a phone
        driver.manage().deleteAllCookies();
        phone();
        logIn("leader");
        navigate("年度考核", "/evaluations");
        click(By.linkText(name));
        click(By.id("own-entry"));
        driver.findElement(By.id("achievements")).sendKeys("引进茶叶深加工项目，培训茶农 120 人次");
        driver.findElement(By.id("problems")).sendKeys("线上销售渠道还不稳定");
        driver.findElement(By.id("nextYear")).sendKeys("建成村级电商服务站");
        click(By.id("save-self"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("self-assessment"), "提交于"));
        assertNoHorizontalScroll();
        screenshot("evaluation-self-phone.png");

        // the village's first secretary rates the groups paired with the village
        driver.manage().deleteAllCookies();
        logIn("secretary");
        navigate("年度考核", "/evaluations");
        click(By.linkText(name));
        waitForPath("/evaluations/" + round + "/ratings");
        WebElement card = driver.findElement(By.cssSelector(".rating-card"));
        click(By.cssSelector(".rating-card input[value='5']"));
        card.findElement(By.name("comment")).sendKeys("帮扶实在，村民满意");
        card.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "评价已提交"));
        assertNoHorizontalScroll();
        screenshot("evaluation-rating-phone.png");

        // the reviewer scores a group from the review screen
        driver.manage().deleteAllCookies();
        desktop();
        logIn("reviewer");
        driver.get(url("/evaluations/" + round));
        click(By.cssSelector("#board .board-row a"));
        wait.until(ExpectedConditions.urlMatches("/groups/\\d+$"));
        driver.findElement(By.id("score")).sendKeys("150");
        click(By.id("save-score"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-score"), "评分应为 0 至 100"));
        WebElement score = driver.findElement(By.id("score"));
        score.clear();
        score.sendKeys("92");
        driver.findElement(By.id("comment")).sendKeys("项目落地快，群众认可");
        click(By.id("save-score"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "已保存"));
        screenshot("evaluation-entry-reviewer.png");

        // the organization department proposes the grades and publishes them
        driver.manage().deleteAllCookies();
        logIn("admin");
        driver.get(url("/evaluations/" + round));
        click(By.id("propose"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "建议等次"));
        click(By.id("publish"));
        driver.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-state"), "已发布"));
        assertThat(driver.findElements(By.id("publish"))).isEmpty();
        assertThat(driver.findElements(By.id("reopen-form"))).hasSize(1);
        screenshot("evaluation-published.png");
    }

    private void assertImageShown(By by) {
        WebElement image = driver.findElement(by);
        driver.executeScript("arguments[0].scrollIntoView()", image);
        wait.until(d -> !"0".equals(image.getDomProperty("naturalWidth")));
    }

    /** A one-sheet roster workbook (人员名册) with a title row above the header, in a temporary file. */
    private static Path roster(List<String> header, List<String> row) throws IOException {
        Path file = Files.createTempDirectory("helituan-import-").resolve("茶产业合力小组名册.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("人员名册");
            sheet.createRow(0).createCell(0).setCellValue("示范县干部人才名册");
            for (int r = 0; r < 2; r++) {
                List<String> values = r == 0 ? header : row;
                org.apache.poi.ss.usermodel.Row line = sheet.createRow(r + 1);
                for (int c = 0; c < values.size(); c++) {
                    line.createCell(c).setCellValue(values.get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private int currentMembers(String unitName) {
        Integer count = jdbc.queryForObject("select count(*) from membership where unit_id = ? and left_on is null",
                Integer.class, demo.unitId(unitName));
        return count == null ? 0 : count;
    }
}
