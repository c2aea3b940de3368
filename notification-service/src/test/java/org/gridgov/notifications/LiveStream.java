package org.gridgov.notifications;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A reader of the inbox's Server-Sent Events, as the console's EventSource would be. */
final class LiveStream {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LiveStream() {
    }

    static LiveStream open(Api api) {
        LiveStream stream = new LiveStream();
        HttpRequest request = HttpRequest.newBuilder(api.uri("/api/notifications/stream"))
                .header("Authorization", "Bearer " + api.token()).header("Accept", "text/event-stream").GET().build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(stream.lines::add));
        return stream;
    }

    /** Whether the stream is open: the service sends a comment first. */
    boolean isOpen() {
        return lines.contains(":open");
    }

    /** The ids of the {@code notification} events received so far. */
    List<String> notificationIds() {
        return lines.stream().filter(line -> line.startsWith("id:")).map(line -> line.substring(3).strip()).toList();
    }
}
