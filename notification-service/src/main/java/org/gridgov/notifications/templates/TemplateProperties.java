package org.gridgov.notifications.templates;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultLocale the locale of recipients who chose none, and of templates missing in theirs
 * @param zone          the time zone deadlines are written in
 * @param consoleUrl    the base of links to a case ({@code <consoleUrl>/cases/<id>})
 * @param trackingUrl   the base of the residents' links to their case ({@code <trackingUrl>/<tracking code>})
 */
@ConfigurationProperties("gridgov.notifications.templates")
public record TemplateProperties(@DefaultValue("zh-CN") String defaultLocale,
                                 @DefaultValue("Asia/Shanghai") ZoneId zone,
                                 @DefaultValue("http://localhost:8080/console") String consoleUrl,
                                 @DefaultValue("http://localhost:8080/api/public/cases") String trackingUrl) {
}
