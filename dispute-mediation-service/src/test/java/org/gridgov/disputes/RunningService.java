package org.gridgov.disputes;

import org.gridgov.runtime.units.UnitReplica;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every test of the running service starts from: Nanhe's units in the replica and the API on its port. */
abstract class RunningService {

    @LocalServerPort
    int port;

    @Autowired
    UnitReplica units;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void givenNanhesUnits() throws InterruptedException {
        Api.givenNanhe(units);
        api = new Api(port);
    }
}
