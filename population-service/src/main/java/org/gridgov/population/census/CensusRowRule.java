package org.gridgov.population.census;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.gridgov.population.care.RiskLevel;
import org.gridgov.population.care.SpecialGroup;
import org.gridgov.population.household.Relation;
import org.gridgov.population.identity.InvalidIdentifierException;
import org.gridgov.population.identity.Sex;
import org.gridgov.population.resident.Person;
import org.gridgov.population.resident.ResidenceStatus;

/**
 * The rules a census row must pass: name, ID number (check digit per GB 11643, sex and birth date
 * beside it matching), phone, a known residence category and relation, and a grid that exists and
 * lies in the importer's territory. Plain Java: the grid checks come in as predicates.
 */
final class CensusRowRule {

    private static final Map<String, ResidenceStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("户籍人口", ResidenceStatus.REGISTERED_RESIDENT), Map.entry("常住人口", ResidenceStatus.REGISTERED_RESIDENT),
            Map.entry("户籍", ResidenceStatus.REGISTERED_RESIDENT),
            Map.entry("人户分离", ResidenceStatus.LIVING_ELSEWHERE), Map.entry("人户分离人口", ResidenceStatus.LIVING_ELSEWHERE),
            Map.entry("流入人口", ResidenceStatus.FLOATING_IN), Map.entry("流动人口", ResidenceStatus.FLOATING_IN),
            Map.entry("流出人口", ResidenceStatus.FLOATING_OUT));
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private static final Map<String, SpecialGroup> GROUP_WORDS = Map.ofEntries(
            Map.entry("空巢老人", SpecialGroup.EMPTY_NEST_ELDERLY), Map.entry("留守儿童", SpecialGroup.LEFT_BEHIND_CHILD),
            Map.entry("残疾人", SpecialGroup.DISABILITY), Map.entry("低保户", SpecialGroup.LOW_INCOME),
            Map.entry("低收入", SpecialGroup.LOW_INCOME), Map.entry("低收入家庭", SpecialGroup.LOW_INCOME),
            Map.entry("刑满释放人员", SpecialGroup.RELEASED_PRISONER), Map.entry("社区矫正对象", SpecialGroup.COMMUNITY_CORRECTION),
            Map.entry("社区矫正人员", SpecialGroup.COMMUNITY_CORRECTION),
            Map.entry("严重精神障碍患者", SpecialGroup.SERIOUS_MENTAL_ILLNESS), Map.entry("吸毒人员", SpecialGroup.DRUG_REHABILITATION),
            Map.entry("吸毒康复人员", SpecialGroup.DRUG_REHABILITATION));
    private static final Map<String, RiskLevel> RISK_WORDS = Map.of("低", RiskLevel.LOW, "中", RiskLevel.MEDIUM,
            "高", RiskLevel.HIGH);

    private final LocalDate today;
    private final Predicate<String> gridExists;
    private final Predicate<String> mayEnter;
    private final Function<String, Optional<String>> gridWorkerOf;

    /**
     * @param gridExists whether a code names a live grid
     * @param mayEnter   whether the importer may enter people in that grid
     * @param gridWorkerOf the grid worker of a grid, the carer of its special-group members when the sheet names none
     */
    CensusRowRule(LocalDate today, Predicate<String> gridExists, Predicate<String> mayEnter,
                  Function<String, Optional<String>> gridWorkerOf) {
        this.today = today;
        this.gridExists = gridExists;
        this.mayEnter = mayEnter;
        this.gridWorkerOf = gridWorkerOf;
    }

    /** The row as an entry; {@link RowRefused} naming the first rule it breaks. */
    CensusEntry check(CensusRow row) {
        if (row.get(Column.NAME) == null) {
            throw refused(row, "name-missing", Column.NAME, "the name is missing");
        }
        String gridCode = row.get(Column.GRID_CODE);
        if (gridCode == null || !gridCode.matches("\\d{15,21}")) {
            throw refused(row, "grid-code-format", Column.GRID_CODE, "a grid code has 15 to 21 digits");
        }
        if (!gridExists.test(gridCode)) {
            throw refused(row, "unknown-grid", Column.GRID_CODE, "no such grid in the registry");
        }
        if (!mayEnter.test(gridCode)) {
            throw refused(row, "grid-outside-territory", Column.GRID_CODE, "the grid is outside the importer's territory");
        }
        Sex sex = sexOf(row);
        LocalDate birthDate = birthDateOf(row);
        Person person;
        try {
            person = Person.of(row.get(Column.NAME), row.get(Column.ID_NUMBER), sex, birthDate, row.get(Column.PHONE), today);
        } catch (InvalidIdentifierException e) {
            throw refused(row, e.reason(), columnOf(e.reason()), e.getMessage());
        }
        ResidenceStatus status = statusOf(row);
        Relation relation = null;
        String householdNumber = row.get(Column.HOUSEHOLD_NUMBER);
        if (householdNumber != null) {
            if (householdNumber.length() > 40) {
                throw refused(row, "household-number-length", Column.HOUSEHOLD_NUMBER, "a household number has at most 40 characters");
            }
            String written = row.get(Column.RELATION);
            relation = written == null ? Relation.OTHER : Relation.fromWritten(written)
                    .orElseThrow(() -> refused(row, "unknown-relation", Column.RELATION, "the relation to the head is not one the register knows"));
        }
        String address = row.get(Column.ADDRESS);
        if (address != null && address.length() > 200 || row.get(Column.REGISTERED_PLACE) != null && row.get(Column.REGISTERED_PLACE).length() > 200) {
            throw refused(row, "address-length", Column.ADDRESS, "an address has at most 200 characters");
        }
        String ethnicity = row.get(Column.ETHNICITY);
        if (ethnicity != null && ethnicity.length() > 32) {
            throw refused(row, "ethnicity-length", Column.ETHNICITY, "an ethnicity has at most 32 characters");
        }
        List<SpecialGroup> groups = groupsOf(row);
        RiskLevel risk = RiskLevel.LOW;
        List<String> carers = List.of();
        if (!groups.isEmpty()) {
            String writtenRisk = row.get(Column.RISK_LEVEL);
            risk = writtenRisk == null ? RiskLevel.LOW : Optional.ofNullable(RISK_WORDS.get(writtenRisk.replace("风险", "")))
                    .orElseThrow(() -> refused(row, "risk-level-unknown", Column.RISK_LEVEL, "the risk level is 低, 中 or 高"));
            carers = carersOf(row, gridCode);
        }
        return new CensusEntry(row.number(), person, gridCode, status, ethnicity, row.get(Column.REGISTERED_PLACE), address,
                householdNumber, relation, groups, risk, carers);
    }

    private List<SpecialGroup> groupsOf(CensusRow row) {
        String written = row.get(Column.SPECIAL_GROUPS);
        if (written == null || written.equals("无")) {
            return List.of();
        }
        List<SpecialGroup> groups = new ArrayList<>();
        for (String word : written.split("[、,，;；/\\s]+")) {
            SpecialGroup group = GROUP_WORDS.get(word);
            if (group == null) {
                throw refused(row, "special-group-unknown", Column.SPECIAL_GROUPS, "a special group is not one the ledger keeps");
            }
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        return List.copyOf(groups);
    }

    private List<String> carersOf(CensusRow row, String gridCode) {
        String written = row.get(Column.CARERS);
        if (written == null) {
            return List.of(gridWorkerOf.apply(gridCode).orElseThrow(() -> refused(row, "no-carer", Column.CARERS,
                    "the grid has no grid worker to care for the special group; name the carer")));
        }
        List<String> carers = List.of(written.split("[、,，;；\\s]+"));
        if (carers.size() > 10 || carers.stream().anyMatch(carer -> !carer.matches("[A-Za-z0-9_.@-]{1,64}"))) {
            throw refused(row, "carer-format", Column.CARERS, "carers are staff account ids, at most ten");
        }
        return carers;
    }

    private Sex sexOf(CensusRow row) {
        String written = row.get(Column.SEX);
        if (written == null) {
            return null;
        }
        return switch (written) {
            case "男", "男性", "M", "MALE" -> Sex.MALE;
            case "女", "女性", "F", "FEMALE" -> Sex.FEMALE;
            default -> throw refused(row, "sex-unknown", Column.SEX, "the sex is written 男 or 女");
        };
    }

    private LocalDate birthDateOf(CensusRow row) {
        String written = row.get(Column.BIRTH_DATE);
        if (written == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(written, format);
            } catch (DateTimeException e) {
                // try the next way of writing a date
            }
        }
        throw refused(row, "birth-date-format", Column.BIRTH_DATE, "the birth date is written like 1990-03-07");
    }

    private ResidenceStatus statusOf(CensusRow row) {
        String written = row.get(Column.STATUS);
        if (written == null) {
            return ResidenceStatus.REGISTERED_RESIDENT;
        }
        ResidenceStatus status = STATUS_WORDS.get(written);
        if (status != null) {
            return status;
        }
        try {
            return ResidenceStatus.valueOf(written);
        } catch (IllegalArgumentException e) {
            throw refused(row, "status-unknown", Column.STATUS, "the residence category is 户籍人口, 人户分离, 流入人口 or 流出人口");
        }
    }

    private static Column columnOf(String reason) {
        if (reason.startsWith("phone")) {
            return Column.PHONE;
        }
        if (reason.startsWith("name")) {
            return Column.NAME;
        }
        if (reason.equals("id-number-sex-mismatch")) {
            return Column.SEX;
        }
        return reason.equals("id-number-birth-date-mismatch") ? Column.BIRTH_DATE : Column.ID_NUMBER;
    }

    private static RowRefused refused(CensusRow row, String reason, Column column, String message) {
        return new RowRefused(new RowProblem(row.number(), reason, column.heading(), message));
    }

    /** A row broke a rule. */
    static final class RowRefused extends RuntimeException {

        private final RowProblem problem;

        RowRefused(RowProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        RowProblem problem() {
            return problem;
        }
    }
}
