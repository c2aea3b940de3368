package org.gridgov.runtime.sample;

import org.gridgov.runtime.outbox.OutboxRelay;
import org.gridgov.testing.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The outbox tests' common ground: the relay is stopped, so each test decides when it runs (one context for all). */
@RealInfrastructure
@SpringBootTest(properties = "gridgov.outbox.relay-enabled=false")
abstract class RelayStoppedTest {

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;
}
