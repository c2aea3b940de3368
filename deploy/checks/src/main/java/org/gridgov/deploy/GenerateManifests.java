package org.gridgov.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the manifests that follow from the topic catalogue and the service table into
 * {@code deploy/base}. {@code GeneratedManifestsTest} fails when the committed files differ.
 */
public final class GenerateManifests {

    private GenerateManifests() {
    }

    /** Each generated file, by its path under {@code deploy/} (whose dashboard JSON it wraps). */
    public static Map<String, String> files(Path deploy) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("base/kafka/topics.yaml", KafkaManifests.topics());
        files.put("base/kafka/users.yaml", KafkaManifests.users());
        files.put("base/postgres/cluster.yaml", PostgresManifests.cluster());
        for (DeployedService service : DeployedService.ALL) {
            files.put("base/services/" + service.name() + ".yaml", WorkloadManifests.of(service));
        }
        files.put("base/monitoring/dashboards.yaml", MonitoringManifests.dashboards(deploy.resolve(MonitoringManifests.DASHBOARD)));
        files.put("base/monitoring/personal-data-alerts.yaml", MonitoringManifests.personalDataAlerts());
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path deploy = Path.of(args.length > 0 ? args[0] : "deploy").toAbsolutePath().normalize();
        for (Map.Entry<String, String> file : files(deploy).entrySet()) {
            Path target = deploy.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
            System.out.println("wrote " + target);
        }
    }
}
