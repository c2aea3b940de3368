package org.gridgov.notifications.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.notifications.delivery.ChannelSender;
import org.gridgov.notifications.delivery.PendingDelivery;
import org.gridgov.notifications.delivery.SendOutcome;
import org.gridgov.notifications.routing.Channel;
import org.springframework.stereotype.Component;

/** Posts a delivery's JSON to its endpoint, signed with the endpoint's secret; any 2xx is a success. */
@Component
class WebhookSender implements ChannelSender {

    static final String DELIVERY_HEADER = "GridGov-Delivery";
    static final String EVENT_TYPE_HEADER = "GridGov-Event-Type";

    private final WebhookEndpoints endpoints;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookEndpoints endpoints, WebhookProperties properties, Clock clock) {
        this.endpoints = endpoints;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public SendOutcome send(PendingDelivery delivery) {
        Optional<WebhookEndpoint> endpoint = endpoints.find(UUID.fromString(delivery.target()))
                .filter(WebhookEndpoint::active);
        if (endpoint.isEmpty()) {
            return SendOutcome.failedForGood("endpoint removed");
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.get().url()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, WebhookSignature.header(endpoint.get().secret(), clock.instant(), body))
                .header(DELIVERY_HEADER, delivery.id().toString())
                .header(EVENT_TYPE_HEADER, delivery.eventType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            // The receiver's reply is not kept: it is theirs, and may hold anything.
            return status / 100 == 2 ? SendOutcome.sent() : SendOutcome.failed("HTTP " + status);
        } catch (IOException e) {
            return SendOutcome.failed(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.failed("interrupted");
        }
    }
}
