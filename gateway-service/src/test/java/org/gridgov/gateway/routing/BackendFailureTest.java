package org.gridgov.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

class BackendFailureTest {

    @Test
    void aRefusedConnectionMeansTheServiceIsNotThere() {
        assertThat(BackendFailure.of(new ResourceAccessException("I/O error", new ConnectException("refused"))))
                .isEqualTo(BackendFailure.UNREACHABLE);
    }

    @Test
    void aConnectTimeoutIsUnreachableNotSlow() {
        assertThat(BackendFailure.of(new ResourceAccessException("I/O error", new HttpConnectTimeoutException("connect"))))
                .isEqualTo(BackendFailure.UNREACHABLE);
    }

    @Test
    void noAnswerInTimeIsATimeout() {
        assertThat(BackendFailure.of(new ResourceAccessException("I/O error", new SocketTimeoutException("read"))))
                .isEqualTo(BackendFailure.TIMEOUT);
    }

    @Test
    void aConnectionLostMidwayIsUnreachable() {
        assertThat(BackendFailure.of(new ResourceAccessException("I/O error", new IOException("closed"))))
                .isEqualTo(BackendFailure.UNREACHABLE);
    }

    @Test
    void onlyServiceFaultsCountAgainstTheService() {
        assertThat(BackendFailure.UNREACHABLE.isServiceFault()).isTrue();
        assertThat(BackendFailure.TIMEOUT.isServiceFault()).isTrue();
        assertThat(BackendFailure.BODY_TOO_LARGE.isServiceFault()).isFalse();
        assertThat(BackendFailure.of(new IllegalStateException("bug"))).isEqualTo(BackendFailure.OTHER);
    }
}
