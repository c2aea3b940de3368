package org.gridgov.registry.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridgov.registry.coverage.CoverageCheck;
import org.gridgov.registry.coverage.CoverageReport;
import org.gridgov.registry.transfer.UnitFeatures;
import org.gridgov.registry.unit.RoutingMode;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class CountyGeneratorTest {

    private static final GeneratedCounty NANHE = CountyGenerator.nanhe();

    @Test
    void sameSeedGivesTheSameCountyToTheLastCoordinate() {
        GeneratedCounty again = new CountyGenerator(CountyGenerator.NANHE_SEED).generate(CountyGenerator.Shape.nanhe());

        assertThat(again).isEqualTo(NANHE);
    }

    @Test
    void anotherSeedGivesAnotherCounty() {
        CountyGenerator.Shape small = new CountyGenerator.Shape(2, 4, 7, 14);

        GeneratedCounty one = new CountyGenerator(7).generate(small);
        GeneratedCounty other = new CountyGenerator(8).generate(small);

        assertThat(one.unitsAt(UnitLevel.GRID)).hasSize(18);
        assertThat(other.county().boundary()).isNotEqualTo(one.county().boundary());
    }

    @Test
    void nanheHasTheTownsVillagesAndGridsOfSeed002() {
        List<UnitDraft> grids = NANHE.unitsAt(UnitLevel.GRID);

        assertThat(NANHE.county().code()).isEqualTo("130527");
        assertThat(NANHE.unitsAt(UnitLevel.TOWN)).hasSize(8).allMatch(town -> town.code().startsWith("130527"));
        assertThat(NANHE.unitsAt(UnitLevel.VILLAGE)).hasSize(208);
        assertThat(grids).hasSize(1_201);
        assertThat(grids.stream().filter(grid -> grid.kind() == UnitKind.URBAN)).hasSize(60)
                .allMatch(grid -> grid.code().startsWith("130527100"));
        assertThat(grids.stream().filter(grid -> grid.kind() == UnitKind.ENTERPRISE)).hasSize(7);
    }

    @Test
    void urbanGridsAreLargerAndTheCountySeatRoutesFlat() {
        Map<UnitKind, Double> households = NANHE.unitsAt(UnitLevel.GRID).stream()
                .collect(Collectors.groupingBy(UnitDraft::kind, Collectors.averagingInt(UnitDraft::households)));
        UnitDraft seat = NANHE.unitsAt(UnitLevel.TOWN).getFirst();

        assertThat(households.get(UnitKind.URBAN)).isBetween(185.0, 225.0);
        assertThat(households.get(UnitKind.RURAL)).isBetween(90.0, 110.0);
        assertThat(seat.code()).isEqualTo("130527100");
        assertThat(seat.routingMode()).isEqualTo(RoutingMode.FLAT);
        assertThat(NANHE.county().routingMode()).isEqualTo(RoutingMode.LEVEL_BY_LEVEL);
        assertThat(NANHE.county().households()).isEqualTo(NANHE.unitsAt(UnitLevel.GRID).stream().mapToInt(UnitDraft::households).sum());
    }

    @Test
    void childrenTileEveryParentWithoutGapOrOverlap() {
        Map<String, UnitDraft> byCode = NANHE.units().stream().collect(Collectors.toMap(UnitDraft::code, Function.identity()));
        Map<String, Map<String, Geometry>> childrenOf = new HashMap<>();
        NANHE.units().stream().filter(unit -> unit.parentCode() != null).forEach(unit -> childrenOf
                .computeIfAbsent(unit.parentCode(), code -> new LinkedHashMap<>()).put(unit.code(), unit.boundary()));
        CoverageCheck check = new CoverageCheck(1.0);

        List<CoverageReport> untiled = childrenOf.entrySet().stream()
                .map(entry -> check.check(entry.getKey(), byCode.get(entry.getKey()).boundary(), entry.getValue()))
                .filter(report -> !report.tiled())
                .toList();

        assertThat(childrenOf).hasSize(1 + 8 + 208);
        assertThat(untiled).isEmpty();
    }

    @Test
    void theCountyAndEveryTownHaveACommandCentre() {
        List<String> centres = NANHE.staff().stream().filter(staff -> staff.role().equals("COMMAND_CENTRE"))
                .map(GeneratedCounty.StaffAssignment::unitCode).toList();

        assertThat(centres).hasSize(1 + 8).contains("130527", "130527100")
                .allSatisfy(code -> assertThat(code.length()).isIn(6, 9));
    }

    @Test
    void everyGridHasAWorkerEveryVillageALeaderAndCadresAnswerForOneOrTwoGrids() {
        Map<String, Long> workers = NANHE.staff().stream().filter(staff -> staff.role().equals("GRID_WORKER"))
                .collect(Collectors.groupingBy(GeneratedCounty.StaffAssignment::unitCode, Collectors.counting()));
        long leaders = NANHE.staff().stream().filter(staff -> staff.role().equals("GRID_LEADER")).count();
        Map<String, Long> cadres = NANHE.staff().stream().filter(staff -> staff.role().equals("ANSWERABLE_CADRE"))
                .collect(Collectors.groupingBy(GeneratedCounty.StaffAssignment::accountId, Collectors.counting()));

        assertThat(workers).hasSize(1_201).allSatisfy((grid, count) -> assertThat(count).isEqualTo(1));
        assertThat(workers).containsKey("130527100001001");
        assertThat(NANHE.staff()).anyMatch(staff -> staff.accountId().equals("gw-130527100001001"));
        assertThat(leaders).isEqualTo(208);
        assertThat(cadres).isNotEmpty().allSatisfy((account, grids) -> assertThat(grids).isBetween(1L, 2L));
    }

    @Test
    void theGeneratedFileReadsBackAsTheSameUnits() {
        UnitFeatures.Parsed parsed = UnitFeatures.read(UnitFeatures.write(NANHE.units()), false);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.drafts()).isEqualTo(NANHE.units());
    }
}
