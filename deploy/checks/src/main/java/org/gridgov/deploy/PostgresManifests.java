package org.gridgov.deploy;

import static org.gridgov.deploy.Yaml.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CloudNativePG {@code Cluster} with a login role and a database per service, and its
 * scheduled backups to object storage. Each role's password comes from a basic-auth Secret of the
 * same name the service's Deployment reads ({@code gridgov-db-<service>}): the operator creates
 * those Secrets once (deploy/README.md), CloudNativePG keeps the roles in step with them.
 */
final class PostgresManifests {

    static final String CLUSTER = "gridgov-db";
    static final String API = "postgresql.cnpg.io/v1";
    /** The bucket and its credentials are the operator's; overlays replace the placeholder. */
    static final String BACKUP_BUCKET = "s3://gridgov-backups-placeholder/postgres";
    static final String BACKUP_SECRET = "gridgov-backup-s3";

    private PostgresManifests() {
    }

    static String cluster() {
        List<Map<String, Object>> documents = new ArrayList<>();
        List<Map<String, Object>> roles = new ArrayList<>();
        for (DeployedService service : DeployedService.ALL) {
            if (service.hasDatabase()) {
                roles.add(map("name", service.databaseRole(), "ensure", "present", "login", true,
                        "passwordSecret", map("name", service.databaseSecret())));
            }
        }
        documents.add(map("apiVersion", API, "kind", "Cluster",
                "metadata", map("name", CLUSTER, "labels", map("app.kubernetes.io/part-of", "gridgov")),
                "spec", map(
                        "instances", 3,
                        "imageName", "ghcr.io/cloudnative-pg/postgresql:17.6",
                        "primaryUpdateStrategy", "unsupervised",
                        "storage", map("size", "20Gi"),
                        "resources", map("requests", map("cpu", "500m", "memory", "1Gi"), "limits", map("memory", "1Gi")),
                        "postgresql", map("parameters", map("max_connections", "300", "shared_buffers", "256MB")),
                        "managed", map("roles", roles),
                        "backup", map(
                                "retentionPolicy", "30d",
                                "barmanObjectStore", map(
                                        "destinationPath", BACKUP_BUCKET,
                                        "s3Credentials", map(
                                                "accessKeyId", map("name", BACKUP_SECRET, "key", "ACCESS_KEY_ID"),
                                                "secretAccessKey", map("name", BACKUP_SECRET, "key", "ACCESS_SECRET_KEY")),
                                        "wal", map("compression", "gzip"),
                                        "data", map("compression", "gzip"))))));
        for (DeployedService service : DeployedService.ALL) {
            if (service.hasDatabase()) {
                documents.add(map("apiVersion", API, "kind", "Database",
                        "metadata", map("name", service.databaseSecret(), "labels", map("app.kubernetes.io/part-of", "gridgov")),
                        "spec", map("name", service.database(), "owner", service.databaseRole(), "ensure", "present",
                                "cluster", map("name", CLUSTER))));
            }
        }
        documents.add(map("apiVersion", API, "kind", "ScheduledBackup",
                "metadata", map("name", CLUSTER + "-daily", "labels", map("app.kubernetes.io/part-of", "gridgov")),
                "spec", map(
                        // Seconds first: every day at 02:00; WAL is archived continuously in between.
                        "schedule", "0 0 2 * * *",
                        "backupOwnerReference", "self",
                        "method", "barmanObjectStore",
                        "cluster", map("name", CLUSTER))));
        return Yaml.stream("""
                The PostgreSQL cluster, a role and a database per service, daily backups.
                Generated from the service table of deploy/checks (DeployedService) by GenerateManifests.
                Do not edit: change the table, then run ./mvnw -q -f deploy/checks/pom.xml compile exec:java""", documents);
    }
}
