package org.gridgov.population.census;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.units.UnitState;
import org.gridgov.population.identity.IdCardNumber;
import org.gridgov.testing.StreamedEvent;

/**
 * A synthetic county shaped like Nanhe (130527): its eight towns, 25 villages each, grids of about a
 * hundred households, and a population with valid ID numbers (GB 11643), households of realistic size
 * (one to six and more, most of two to four), floating residents from other provinces, and 2–5 % in
 * special groups. Deterministic for a seed. Nobody in it exists.
 */
final class SyntheticCounty {

    static final String COUNTY = "130527";
    private static final String[] TOWNS = {"和阳镇", "贾宋镇", "郝桥镇", "东三召乡", "阎里乡", "河郭乡", "史召乡", "三思乡"};
    private static final int VILLAGES_PER_TOWN = 25;
    private static final String FAMILY = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红建国志文海燕凤春林云飞鹏辉斌波宁欣淑珍德福";
    private static final String[] FLOATING_REGIONS = {"410102", "410522", "130102", "370103", "140105", "130602"};
    private static final String[] PHONE_PREFIXES = {"138", "139", "150", "151", "152", "158", "159", "182", "183", "187",
            "135", "136", "137", "130", "131", "132", "155", "156", "186", "133", "153", "180", "189"};
    private static final String HEADINGS = "姓名,性别,公民身份号码,民族,联系电话,户籍地,现住址,网格编码,户编号,与户主关系,人员类别,特殊人群\n";

    private final Random random;
    private final LocalDate today;
    private final List<UnitState> units = new ArrayList<>();
    private final List<String> grids = new ArrayList<>();
    private final Set<Long> idsTaken = new HashSet<>();

    SyntheticCounty(long seed, int people, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        int households = (int) (people / 2.85);
        int gridCount = Math.max(1, households / 100);
        int gridsPerVillage = Math.max(1, (int) Math.ceil(gridCount / (double) (TOWNS.length * VILLAGES_PER_TOWN)));
        Instant now = Instant.parse("2026-01-05T08:00:00Z");
        units.add(unit(COUNTY, null, "南和区", "COUNTY", List.of(), now));
        for (int t = 0; t < TOWNS.length && grids.size() < gridCount; t++) {
            String town = COUNTY + (100 + t);
            units.add(unit(town, COUNTY, TOWNS[t], "TOWN", List.of(), now));
            for (int v = 0; v < VILLAGES_PER_TOWN && grids.size() < gridCount; v++) {
                String village = town + (201 + v);
                units.add(unit(village, town, TOWNS[t] + (v + 1) + "村", "VILLAGE", List.of(), now));
                for (int g = 0; g < gridsPerVillage && grids.size() < gridCount; g++) {
                    String grid = village + String.format("%03d", g + 1);
                    grids.add(grid);
                    units.add(unit(grid, village, TOWNS[t] + (v + 1) + "村第" + (g + 1) + "网格", "GRID",
                            List.of(new UnitState.StaffMember("gw-" + grid, "GRID_WORKER")), now));
                }
            }
        }
    }

    /** The units as {@code grid.units} events, to replay before the service starts. */
    List<StreamedEvent> unitEvents() {
        return units.stream().map(unit -> new StreamedEvent(Topics.GRID_UNITS, unit.code(), CloudEventCodec.toCloudEvent(
                UUID.randomUUID().toString(), URI.create("/gridgov/grid-registry"), unit.code(), unit.updatedAt(), unit)))
                .toList();
    }

    List<String> grids() {
        return grids;
    }

    /**
     * A census sheet of {@code people} rows in household order, with the columns a grid office uses;
     * {@code sample} receives every 50th ID number, for lookups.
     */
    byte[] censusSheet(int people, List<String> sample) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(people * 160);
        StringBuilder line = new StringBuilder(256);
        out.writeBytes(HEADINGS.getBytes(StandardCharsets.UTF_8));
        int written = 0;
        int household = 0;
        while (written < people) {
            String grid = grids.get(household % grids.size());
            household++;
            boolean floating = random.nextInt(100) < 4;
            String region = floating ? FLOATING_REGIONS[random.nextInt(FLOATING_REGIONS.length)] : COUNTY;
            String address = townOf(grid) + grid.substring(9, 12) + "村" + (household % 400 + 1) + "号";
            String family = String.valueOf(FAMILY.charAt(random.nextInt(FAMILY.length())));
            int size = householdSize();
            int headAge = size == 1 ? 30 + random.nextInt(60) : 28 + random.nextInt(50);
            boolean headMale = random.nextInt(100) < 78;
            String number = "H" + grid.substring(6) + "-" + household;
            for (int member = 0; member < size && written < people; member++) {
                int age;
                boolean male;
                String relation;
                String name;
                if (member == 0) {
                    age = headAge;
                    male = headMale;
                    relation = "户主";
                    name = family + given();
                } else if (member == 1 && size >= 2) {
                    age = Math.max(20, headAge + random.nextInt(7) - 3);
                    male = !headMale;
                    relation = "配偶";
                    name = FAMILY.charAt(random.nextInt(FAMILY.length())) + given();
                } else if (member == size - 1 && size >= 5) {
                    age = Math.min(99, headAge + 25 + random.nextInt(6));
                    male = random.nextBoolean();
                    relation = male ? "父亲" : "母亲";
                    name = (male ? family : String.valueOf(FAMILY.charAt(random.nextInt(FAMILY.length())))) + given();
                } else {
                    age = Math.max(0, headAge - 22 - random.nextInt(12));
                    male = random.nextBoolean();
                    relation = male ? "子" : "女";
                    name = family + given();
                }
                String status = floating ? "流入人口" : statusOf(age);
                String id = idNumber(region, age, male);
                line.setLength(0);
                line.append(name).append(',').append(male ? '男' : '女').append(',').append(id)
                        .append(',').append(random.nextInt(100) < 97 ? "汉族" : "回族").append(',');
                if (age >= 18 && age <= 75 && random.nextInt(100) < 85) {
                    line.append(phone());
                }
                line.append(',').append(floating ? "外省" : "河北省邢台市南和区").append(',').append(address).append(',')
                        .append(grid).append(',').append(number).append(',').append(relation).append(',').append(status)
                        .append(',').append(specialGroup(age, size)).append('\n');
                if (written % 50 == 0) {
                    sample.add(id);
                }
                out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                written++;
            }
        }
        return out.toByteArray();
    }

    private String townOf(String grid) {
        return TOWNS[Integer.parseInt(grid.substring(6, 9)) - 100];
    }

    private int householdSize() {
        int roll = random.nextInt(100);
        return roll < 14 ? 1 : roll < 42 ? 2 : roll < 67 ? 3 : roll < 85 ? 4 : roll < 94 ? 5 : 6;
    }

    private String statusOf(int age) {
        int roll = random.nextInt(100);
        if (age >= 18 && age < 50 && roll < 8) {
            return "流出人口";
        }
        return roll < 11 ? "人户分离" : "户籍人口";
    }

    /** About 3.5 % in all: the elderly alone, left-behind children, disability and low income, a few others. */
    private String specialGroup(int age, int householdSize) {
        int roll = random.nextInt(1000);
        if (age >= 65 && householdSize <= 2 && roll < 120) {
            return "空巢老人";
        }
        if (age < 16 && roll < 60) {
            return "留守儿童";
        }
        if (roll < 12) {
            return "残疾人";
        }
        if (roll < 20) {
            return "低保户";
        }
        if (roll < 22) {
            return "刑满释放人员";
        }
        return roll < 23 ? "严重精神障碍患者" : "";
    }

    private String given() {
        StringBuilder name = new StringBuilder();
        int length = random.nextInt(100) < 70 ? 2 : 1;
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private String phone() {
        return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A valid, unused ID number for a person of that region, age and sex. */
    private String idNumber(String region, int age, boolean male) {
        while (true) {
            LocalDate birth = today.minusYears(age).minusDays(1 + random.nextInt(364));
            int sequence = random.nextInt(100) * 10 + random.nextInt(5) * 2 + (male ? 1 : 0);
            String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String number = first17 + IdCardNumber.checkCharacterOf(first17);
            if (idsTaken.add(SealedEntry.idKey(number))) {
                return number;
            }
        }
    }

    private static UnitState unit(String code, String parent, String name, String level, List<UnitState.StaffMember> staff,
                                  Instant at) {
        return new UnitState(code, parent, name, level, "RURAL", "LEVEL_BY_LEVEL", 0, 0, null, staff, false, 1, at);
    }
}
