package org.gridgov.notifications.sms;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTP SMS gateway and quiet hours. Most providers take a POST with the number and the text in
 * a JSON or form body and a key in a header or basic credentials; {@code bodyTemplate} is a Mustache
 * template with {@code {{phone}}} and {@code {{text}}}, escaped for {@code contentType}.
 *
 * @param enabled        without a gateway (development), SMS deliveries stay pending
 * @param url            where to POST
 * @param username       basic-auth user, if the provider uses basic auth
 * @param password       basic-auth password (from the environment)
 * @param headers        extra headers, e.g. an API key (values from the environment)
 * @param contentType    {@code application/json} or {@code application/x-www-form-urlencoded}
 * @param bodyTemplate   the request body
 * @param timeout        for the whole request
 * @param quietStart     start of quiet hours (local time)
 * @param quietEnd       end of quiet hours (local time)
 * @param zone           the zone of quiet hours
 */
@ConfigurationProperties("gridgov.notifications.sms")
record SmsProperties(@DefaultValue("false") boolean enabled,
                     String url,
                     String username,
                     String password,
                     Map<String, String> headers,
                     @DefaultValue("application/json") String contentType,
                     @DefaultValue("{\"to\":\"{{phone}}\",\"text\":\"{{text}}\"}") String bodyTemplate,
                     @DefaultValue("10s") Duration timeout,
                     @DefaultValue("22:00") LocalTime quietStart,
                     @DefaultValue("07:00") LocalTime quietEnd,
                     @DefaultValue("Asia/Shanghai") ZoneId zone) {

    SmsProperties {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return "SmsProperties[url=" + url + "]";
    }
}
