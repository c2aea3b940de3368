package org.gridgov.population.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.gridgov.population.PopulationServiceTest;
import org.gridgov.runtime.privacy.PersonalDataCipher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A ledger written before migration 3 held special groups and birth dates in the clear: the
 * migration seals them to their rows, hashes each group by its grid and keeps every row findable.
 */
@PopulationServiceTest
class SealGroupsAndBirthDatesTest {

    private static final String SCHEMA = "ledger_before_sealing";

    @Autowired
    DataSource dataSource;

    @Autowired
    SealGroupsAndBirthDates migration;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    PersonalData personalData;

    @Test
    void groupsAndBirthDatesWrittenInTheClearAreSealedToTheirRows() {
        Flyway before = flyway("1");
        before.migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID resident = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        jdbc.update("insert into " + SCHEMA + ".resident (id, grid_code, name, name_hash, id_number, id_number_hash, sex,"
                + " birth_date, residence_status, created_at, updated_at) values (?, '130527100201001', 'k:x', 'n', 'k:y',"
                + " 'i', 'FEMALE', date '1950-06-01', 'REGISTERED_RESIDENT', now(), now())", resident);
        jdbc.update("insert into " + SCHEMA + ".special_group_membership (id, resident_id, grid_code, group_code, risk_level,"
                + " visit_interval_days, joined_at, due_at) values (?, ?, '130527100201001', 'SERIOUS_MENTAL_ILLNESS', 'LOW',"
                + " 14, now(), now())", membership, resident);
        jdbc.update("insert into " + SCHEMA + ".special_group_membership (id, resident_id, grid_code, group_code, risk_level,"
                + " visit_interval_days, joined_at, due_at, left_at, left_reason) values (?, ?, '130527100201001',"
                + " 'RELEASED_PRISONER', 'LOW', 30, now(), now(), now(), 'NO_LONGER_ELIGIBLE')", ended, resident);

        flyway(null).migrate();

        String birthDate = jdbc.queryForObject("select birth_date from " + SCHEMA + ".resident where id = ?", String.class,
                resident);
        String group = jdbc.queryForObject("select group_code from " + SCHEMA + ".special_group_membership where id = ?",
                String.class, membership);
        String endedGroup = jdbc.queryForObject("select group_code from " + SCHEMA + ".special_group_membership where id = ?",
                String.class, ended);
        assertThat(birthDate).startsWith("test-2:s1:");
        assertThat(cipher.decrypt(birthDate, PersonalData.BIRTH_DATE.row(resident))).isEqualTo("1950-06-01");
        assertThat(cipher.decrypt(group, PersonalData.SPECIAL_GROUP.row(membership))).isEqualTo("SERIOUS_MENTAL_ILLNESS");
        assertThat(cipher.decrypt(endedGroup, PersonalData.SPECIAL_GROUP.row(ended))).isEqualTo("RELEASED_PRISONER");
        assertThat(jdbc.queryForObject("select id from " + SCHEMA + ".special_group_membership where group_hash = ?",
                UUID.class, personalData.groupHash("130527100201001", "SERIOUS_MENTAL_ILLNESS"))).isEqualTo(membership);
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".special_group_membership"
                + " where group_code like '%ILLNESS%' or group_code like '%PRISONER%'", Integer.class)).isZero();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").javaMigrations(migration);
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
