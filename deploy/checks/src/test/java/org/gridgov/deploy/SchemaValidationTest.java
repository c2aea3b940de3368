package org.gridgov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every object an overlay renders is valid for its API: Kubernetes' own types and the Prometheus
 * Operator's through the fabric8 model, Strimzi's through its published model classes ({@code
 * io.strimzi:api}), both read strictly (a field the model does not know is an error, not silently
 * kept); CloudNativePG's against its CRDs' schemas ({@link CrdSchemas}).
 */
class SchemaValidationTest {

    static final List<String> OVERLAYS = Overlays.NAMES;

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 Namespace", Namespace.class),
            Map.entry("v1 ServiceAccount", ServiceAccount.class),
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1 Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2 Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaUser", KafkaUser.class),
            Map.entry("monitoring.coreos.com/v1 ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1 PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1 PrometheusRule", PrometheusRule.class));

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    private static final CrdSchemas CRDS = CrdSchemas.load();

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyRenderedObjectIsValidForItsApi(String overlay) {
        List<JsonNode> objects = Overlays.rendered(overlay);

        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            problems.addAll(problemsOf(object));
        }

        assertThat(objects).hasSizeGreaterThan(50);
        assertThat(problems).as("objects of overlays/%s that their API would refuse", overlay).isEmpty();
    }

    static List<String> problemsOf(JsonNode object) {
        String type = object.path("apiVersion").asText() + " " + object.path("kind").asText();
        Class<?> model = MODELS.get(type);
        if (model != null) {
            try {
                Object typed = MAPPER.treeToValue(object, model);
                List<String> problems = new ArrayList<>();
                unknownFields(typed, "", problems, new IdentityHashMap<>());
                List<String> described = new ArrayList<>(problems.stream()
                        .map(field -> Overlays.describe(object) + ": unknown field " + field).toList());
                // Some models read a value they do not know (an enum constant) as nothing: what the model
                // writes back must still hold every value the manifest said.
                lostValues(object, MAPPER.valueToTree(typed), "", described, Overlays.describe(object));
                return described;
            } catch (Exception e) {
                return List.of(Overlays.describe(object) + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        if (CRDS.knows(object.path("apiVersion").asText(), object.path("kind").asText())) {
            return CRDS.problems(object.toString()).stream().map(problem -> Overlays.describe(object) + ": " + problem).toList();
        }
        return List.of(Overlays.describe(object) + ": no schema to check it against (add its model or CRD)");
    }

    @Test
    void aMisspelledFieldOfAKubernetesObjectIsRefused() throws Exception {
        JsonNode deployment = Overlays.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: case-workflow}
                spec:
                  selector: {matchLabels: {app: x}}
                  template:
                    spec:
                      containers:
                        - name: case-workflow
                          imagePullPolcy: Always
                """);

        assertThat(problemsOf(deployment)).singleElement().asString()
                .contains("Deployment case-workflow", "unknown field", "imagePullPolcy");
    }

    @Test
    void aStrimziObjectWithAnOperationKafkaDoesNotKnowIsRefused() throws Exception {
        JsonNode user = Overlays.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: notification}
                spec:
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: case.events}
                        operations: [Consume]
                """);

        assertThat(problemsOf(user)).singleElement().asString().contains("KafkaUser notification", "Consume");
    }

    @Test
    void aCloudNativePgClusterWithAnUndeclaredFieldOrABadValueIsRefused() throws Exception {
        JsonNode cluster = Overlays.YAML.readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: gridgov-db}
                spec:
                  instances: three
                  storage: {size: 1Gi}
                  primaryUpdateStrategy: whenever
                  backups: {}
                """);

        assertThat(problemsOf(cluster)).hasSize(3).allSatisfy(problem -> assertThat(problem).contains("Cluster gridgov-db"));
    }

    @Test
    void anObjectWithoutASchemaIsRefused() throws Exception {
        JsonNode unknown = Overlays.YAML.readTree("""
                apiVersion: example.org/v1
                kind: Widget
                metadata: {name: w}
                """);

        assertThat(problemsOf(unknown)).singleElement().asString().contains("no schema");
    }

    /**
     * The models keep fields they do not declare in {@code additionalProperties} instead of failing;
     * any such field anywhere in the object is one the API server's strict validation refuses.
     */
    private static void unknownFields(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, unknown, seen));
            return;
        }
        String packageName = value.getClass().getPackageName();
        if (!packageName.startsWith("io.fabric8") && !packageName.startsWith("io.strimzi")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else if (!IGNORED_GETTERS.contains(getter.getName())) {
                unknownFields(property, path + "." + decapitalize(getter.getName().substring(3)), unknown, seen);
            }
        }
    }

    private static void lostValues(JsonNode said, JsonNode kept, String path, List<String> problems, String object) {
        if (said.isObject()) {
            said.properties().stream()
                    // The model class stands for every served version; the type map checked this one.
                    .filter(field -> !(path.isEmpty() && field.getKey().equals("apiVersion")))
                    .forEach(field -> lostValues(field.getValue(), kept.path(field.getKey()),
                    path + "." + field.getKey(), problems, object));
        } else if (said.isArray()) {
            for (int i = 0; i < said.size(); i++) {
                lostValues(said.get(i), kept.path(i), path + "[" + i + "]", problems, object);
            }
        } else if (!said.isNull() && !said.asText().equals(kept.asText())) {
            problems.add(object + ": " + path + " is " + said + " but the model reads " + (kept.isMissingNode() ? "nothing" : kept));
        }
    }

    /** Derived views of the same data, not fields of their own. */
    private static final Set<String> IGNORED_GETTERS = Set.of("getClass", "getPlural", "getSingular", "getCRDName",
            "getFullResourceName", "getMarkedForDeletion");

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
