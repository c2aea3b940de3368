package org.gridgov.population.census;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a census sheet, by the headings grid offices write (the first heading is the one
 * the template and the generator use; the others are variants seen in county sheets).
 */
enum Column {
    NAME(true, "姓名"),
    ID_NUMBER(true, "公民身份号码", "身份证号", "身份证号码", "证件号码"),
    SEX(false, "性别"),
    BIRTH_DATE(false, "出生日期"),
    ETHNICITY(false, "民族"),
    PHONE(false, "联系电话", "手机号码", "电话"),
    REGISTERED_PLACE(false, "户籍地", "户籍地址", "户籍地详址"),
    ADDRESS(false, "现住址", "居住地址", "现居住地址"),
    GRID_CODE(true, "网格编码", "所属网格", "网格代码"),
    HOUSEHOLD_NUMBER(false, "户编号", "户号"),
    RELATION(false, "与户主关系"),
    STATUS(false, "人员类别", "人口类型", "人员类型"),
    SPECIAL_GROUPS(false, "特殊人群", "特殊人群类别"),
    RISK_LEVEL(false, "风险等级"),
    CARERS(false, "包保人", "包保人账号");

    private final boolean required;
    private final List<String> headings;

    Column(boolean required, String... headings) {
        this.required = required;
        this.headings = List.of(headings);
    }

    boolean required() {
        return required;
    }

    /** The heading the template writes. */
    String heading() {
        return headings.getFirst();
    }

    private static final Map<String, Column> BY_HEADING = byHeading();

    /** The column a heading names; blanks and a trailing "*" (required mark) ignored. */
    static Optional<Column> ofHeading(String heading) {
        if (heading == null) {
            return Optional.empty();
        }
        String word = heading.replaceAll("[\\s*＊\\uFEFF]", "");
        return Optional.ofNullable(BY_HEADING.get(word));
    }

    private static Map<String, Column> byHeading() {
        Map<String, Column> map = new HashMap<>();
        for (Column column : values()) {
            column.headings.forEach(heading -> map.put(heading, column));
        }
        return Map.copyOf(map);
    }
}
