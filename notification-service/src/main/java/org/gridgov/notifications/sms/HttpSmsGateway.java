package org.gridgov.notifications.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A generic HTTP SMS gateway: POSTs the body template, filled with the number and the text, to the
 * configured URL; any 2xx means the provider took the message.
 */
class HttpSmsGateway implements SmsGateway {

    private static final Mustache.Escaper JSON = text -> {
        StringBuilder quoted = new StringBuilder(text.length() + 8);
        JsonStringEncoder.getInstance().quoteAsString(text, quoted);
        return quoted.toString();
    };
    private static final Mustache.Escaper FORM = text -> URLEncoder.encode(text, StandardCharsets.UTF_8);

    private final SmsProperties properties;
    private final Template body;
    private final HttpClient http;

    HttpSmsGateway(SmsProperties properties) {
        this.properties = properties;
        Mustache.Escaper escaper = properties.contentType().startsWith("application/json") ? JSON : FORM;
        this.body = Mustache.compiler().withEscaper(escaper).compile(properties.bodyTemplate());
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public void send(String phone, String text) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.url()))
                .timeout(properties.timeout())
                .header("Content-Type", properties.contentType() + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.execute(Map.of("phone", phone, "text", text)),
                        StandardCharsets.UTF_8));
        if (properties.username() != null && !properties.username().isBlank()) {
            String credentials = properties.username() + ":" + (properties.password() == null ? "" : properties.password());
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        properties.headers().forEach(request::header);
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new SmsNotSentException("HTTP " + status);
            }
        } catch (IOException e) {
            throw new SmsNotSentException(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSentException("interrupted");
        }
    }
}
