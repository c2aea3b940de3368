package org.gridgov.devstack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies for a write operation, generated from its request schema with jqwik's arbitraries, drawn
 * from a seeded {@link Random} so a run can be replayed. Each body but the hostile ones carries one
 * defect the schema forbids, so it must be refused: a wrong type, a required field missing or null,
 * a field the schema does not have, a string over its length, a number out of range or not whole, a
 * value outside its enum or format, too many items, a NUL character or invalid UTF-8 in a string,
 * nesting deeper than any request has, JSON cut short, an empty body, a body that is not an object,
 * one over the gateway's size limit, or a media type the operation does not consume. A hostile body
 * is schema-valid in shape but carries SQL, script, path traversal and CRLF in its free text: it may
 * be refused or accepted, never answered 5xx.
 */
final class MalformedBodies {

    /** One body to send: what is wrong with it, the field at fault ({@code null}: the whole body), its bytes. */
    record Body(String defect, String field, byte[] bytes, String contentType, boolean mustBeRefused) {

        String excerpt() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return text.replaceAll("\\p{Cntrl}", "?") + (bytes.length > 300 ? "... (" + bytes.length + " bytes)" : "");
        }
    }

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "1; DROP TABLE gridgov_outbox; --", "\" OR \"\"=\"", "admin'--", "1' UNION SELECT NULL--",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/dev/null",
            "line\r\nX-Injected: yes", "a\r\n\r\n<html>", "%0d%0aSet-Cookie:x=y", "\u202Eevil\u202C", "𠀋𠀌👨‍👩‍👧", "\uFEFFbom");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int GENERATION_SIZE = 1000;
    /** Deeper than Jackson's default nesting limit (500), so the parser, not the stack, refuses it. */
    private static final int DEEP = 2_000;
    /** Over the gateway's default body limit (1 MB), under the imports' own. */
    private static final int OVER_GATEWAY_LIMIT = 1_100_000;
    /** Codes outside the journeys' territory (county 130527), so nothing a journey counts on is touched. */
    private static final List<String> PATTERN_CANDIDATES = List.of("990527100201001", "990527100201", "990527100",
            "990527", "URBAN_MGMT", "COURT", "ROAD_DAMAGE", "zh-CN", "13800000000", "+8613800000000", "fuzz.carer");
    private static final List<String> WRONG_MEDIA_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/octet-stream");

    private final WriteOperation operation;
    private final long seed;
    private final Random random;
    private final List<Field> fields = new ArrayList<>();

    /** A field of the request schema: its path in the body, its schema, whether it must be present. */
    private record Field(List<Object> path, JsonNode schema, boolean required) {

        String name() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    name.append('[').append(index).append(']');
                } else {
                    name.append(name.isEmpty() ? "" : ".").append(step);
                }
            }
            return name.toString();
        }

        String type() {
            return schema.path("type").asString("object");
        }

        boolean isFreeForm() {
            return type().equals("object") && !schema.has("properties");
        }
    }

    MalformedBodies(WriteOperation operation, long seed) {
        this.operation = operation;
        this.seed = seed;
        this.random = new Random(seed);
        collectFields(List.of(), operation.schema(), true);
    }

    /** {@code count} bodies each of which must be refused, then {@code hostile} bodies with injections in their text. */
    List<Body> next(int count, int hostile) {
        List<Body> bodies = new ArrayList<>();
        // Outside jqwik's engine its generators need a session; our Random, seeded, drives them.
        JqwikSession.run(Long.toString(seed), () -> {
            List<Function<ObjectNode, Body>> defects = defects();
            for (int i = 0; i < count; i++) {
                bodies.add(defects.get(random.nextInt(defects.size())).apply(validLooking()));
            }
            for (int i = 0; i < hostile; i++) {
                bodies.add(hostile());
            }
        });
        return bodies;
    }

    private List<Function<ObjectNode, Body>> defects() {
        if (operation.isMultipart()) {
            return List.of(this::wrongMediaType, this::empty, this::withoutTheFilePart, this::cutMultipart);
        }
        List<Function<ObjectNode, Body>> defects = new ArrayList<>(List.of(
                this::truncated, this::empty, this::notAnObject, this::wrongMediaType, this::overTheSizeLimit,
                this::invalidUtf8AtTheTop, this::deeplyNested));
        if (!fields.isEmpty()) {
            defects.addAll(List.of(this::extraField, this::extraField, this::wrongType, this::wrongType, this::wrongType,
                    this::deepInAField, this::invalidUtf8InAField));
        }
        if (fields.stream().anyMatch(Field::required)) {
            defects.addAll(List.of(this::missingRequired, this::nullRequired));
        }
        if (fields.stream().anyMatch(field -> field.type().equals("string"))) {
            defects.addAll(List.of(this::tooLong, this::nulInAString, this::injectionWhereAFormatIsExpected));
        }
        if (fields.stream().anyMatch(field -> field.type().equals("integer") || field.schema().has("maximum") || field.schema().has("minimum"))) {
            defects.addAll(List.of(this::outOfRange, this::outOfRange));
        }
        if (fields.stream().anyMatch(field -> field.schema().has("maxItems"))) {
            defects.add(this::tooManyItems);
        }
        return defects;
    }

    // --- defects of the whole body ------------------------------------------------------------

    private Body truncated(ObjectNode valid) {
        byte[] whole = json(valid);
        int cut = whole.length <= 2 ? 1 : 1 + random.nextInt(whole.length - 2);
        return new Body("truncated JSON", null, java.util.Arrays.copyOf(whole, cut), jsonType(), true);
    }

    private Body empty(ObjectNode valid) {
        String body = draw(Arbitraries.of("", " ", "\n", "\t\r\n"));
        return new Body("empty body", null, bytes(body), jsonType(), true);
    }

    private Body notAnObject(ObjectNode valid) {
        String body = draw(Arbitraries.of("null", "[]", "[{}]", "\"text\"", "42", "true", "{}{}", "{\"a\":1}}", "NaN",
                "{'single':'quotes'}", "{\"unterminated\": \"string}", "{\"a\":1,}", "\u0000"));
        return new Body("not a JSON object", null, bytes(body), jsonType(), true);
    }

    private Body wrongMediaType(ObjectNode valid) {
        String type = operation.isMultipart() ? "application/json" : draw(Arbitraries.of(WRONG_MEDIA_TYPES));
        return new Body("media type " + type, null, json(valid), type, true);
    }

    private Body overTheSizeLimit(ObjectNode valid) {
        String filler = "x".repeat(OVER_GATEWAY_LIMIT);
        valid.put(fields.isEmpty() ? "filler" : fields.getFirst().path().getFirst().toString(), filler);
        return new Body("body over the size limit", null, json(valid), jsonType(), true);
    }

    private Body invalidUtf8AtTheTop(ObjectNode valid) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes("{\""));
        body.writeBytes(invalidUtf8());
        body.writeBytes(bytes("\": 1}"));
        return new Body("invalid UTF-8 in a name", null, body.toByteArray(), jsonType(), true);
    }

    private Body deeplyNested(ObjectNode valid) {
        String open = draw(Arbitraries.of("[", "{\"a\":"));
        String close = open.equals("[") ? "]" : "}";
        String body = open.repeat(DEEP) + "1" + close.repeat(DEEP);
        return new Body("nesting " + DEEP + " deep", null, bytes(body), jsonType(), true);
    }

    // --- defects of one field -----------------------------------------------------------------

    private Body extraField(ObjectNode valid) {
        String name = draw(Arbitraries.oneOf(Arbitraries.of("admin", "id", "createdAt", "role", "__proto__", "constructor",
                "unitCode ", "UNITCODE"), Arbitraries.of(INJECTIONS),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)));
        List<Field> objects = fields.stream().filter(field -> field.type().equals("object") && !field.isFreeForm()).toList();
        ObjectNode target = valid;
        List<Object> path = new ArrayList<>();
        if (!objects.isEmpty() && random.nextInt(4) == 0) {
            Field parent = objects.get(random.nextInt(objects.size()));
            target = ensureObject(valid, parent.path());
            path.addAll(parent.path());
        }
        if (target.has(name)) {
            name = name + "_extra";
        }
        target.set(name, value(fields.get(random.nextInt(fields.size())).schema()));
        path.add(name);
        return new Body("field not in the schema", new Field(path, NODES.objectNode(), false).name(), json(valid), jsonType(), true);
    }

    private Body wrongType(ObjectNode valid) {
        Field field = pick(f -> !f.isFreeForm());
        if (field == null) {
            return extraField(valid);
        }
        JsonNode wrong = switch (field.type()) {
            case "string" -> draw(Arbitraries.of(NODES.numberNode(42), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode().add("x"), NODES.numberNode(1.5)));
            case "integer", "number" -> draw(Arbitraries.of(NODES.stringNode("12"), NODES.stringNode("abc"), NODES.booleanNode(false),
                    NODES.objectNode(), NODES.arrayNode().add(1)));
            case "boolean" -> draw(Arbitraries.of(NODES.stringNode("true"), NODES.numberNode(1), NODES.objectNode(),
                    NODES.arrayNode(), NODES.stringNode("yes")));
            case "array" -> draw(Arbitraries.of(NODES.stringNode("x"), NODES.numberNode(1), NODES.objectNode(), NODES.booleanNode(true)));
            default -> draw(Arbitraries.of(NODES.stringNode("x"), NODES.numberNode(1), NODES.arrayNode(), NODES.booleanNode(true)));
        };
        set(valid, field.path(), wrong);
        return new Body("wrong type (" + wrong.getNodeType() + " for " + field.type() + ")", field.name(), json(valid), jsonType(), true);
    }

    private Body missingRequired(ObjectNode valid) {
        Field field = pick(Field::required);
        remove(valid, field.path());
        return new Body("required field missing", field.name(), json(valid), jsonType(), true);
    }

    private Body nullRequired(ObjectNode valid) {
        Field field = pick(Field::required);
        set(valid, field.path(), NODES.nullNode());
        return new Body("required field null", field.name(), json(valid), jsonType(), true);
    }

    private Body tooLong(ObjectNode valid) {
        Field field = pick(f -> f.type().equals("string") && !f.schema().has("enum") && !f.schema().has("format"));
        if (field == null) {
            return nulInAString(valid);
        }
        int max = field.schema().path("maxLength").asInt(0);
        // Without a declared bound a field still must not take a huge string: it would reach the database.
        int length = max > 0 ? max + 1 + random.nextInt(Math.max(1, Math.min(max * 3, 200_000))) : 100_000 + random.nextInt(200_000);
        String text = draw(Arbitraries.strings().withCharRange('a', 'z').withChars("中文 ").ofLength(Math.min(length, 64)));
        set(valid, field.path(), NODES.stringNode(text.repeat(length / text.length() + 1).substring(0, length)));
        return new Body("string of " + length + " characters", field.name(), json(valid), jsonType(), true);
    }

    private Body nulInAString(ObjectNode valid) {
        Field field = pick(f -> f.type().equals("string"));
        String text = draw(Arbitraries.of("a\u0000b", "\u0000", "x\u0000' OR 1=1", "name\u0000.jpg"));
        set(valid, field.path(), NODES.stringNode(text));
        return new Body("NUL character in a string", field.name(), json(valid), jsonType(), true);
    }

    private Body injectionWhereAFormatIsExpected(ObjectNode valid) {
        Field field = pick(f -> f.type().equals("string") && (f.schema().has("enum") || f.schema().has("format") || f.schema().has("pattern")));
        if (field == null) {
            return nulInAString(valid);
        }
        set(valid, field.path(), NODES.stringNode(draw(Arbitraries.of(INJECTIONS))));
        return new Body("injection string for " + format(field.schema()), field.name(), json(valid), jsonType(), true);
    }

    private Body outOfRange(ObjectNode valid) {
        Field field = pick(f -> f.type().equals("integer") || f.type().equals("number"));
        if (field == null) {
            return wrongType(valid);
        }
        JsonNode schema = field.schema();
        List<JsonNode> candidates = new ArrayList<>();
        if (schema.has("maximum")) {
            candidates.add(NODES.numberNode(schema.path("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
        }
        if (schema.has("minimum")) {
            candidates.add(NODES.numberNode(schema.path("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
        }
        if (field.type().equals("integer")) {
            candidates.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
            candidates.add(NODES.numberNode(schema.path("format").asString().equals("int64") ? 1.5 : 2_147_483_648L));
            candidates.add(NODES.numberNode(1.5));
        }
        if (candidates.isEmpty()) {
            return wrongType(valid);
        }
        JsonNode value = candidates.get(random.nextInt(candidates.size()));
        set(valid, field.path(), value);
        return new Body("number out of range (" + value + ")", field.name(), json(valid), jsonType(), true);
    }

    private Body tooManyItems(ObjectNode valid) {
        Field field = pick(f -> f.schema().has("maxItems"));
        ArrayNode items = NODES.arrayNode();
        int count = field.schema().path("maxItems").asInt() + 1 + random.nextInt(50);
        for (int i = 0; i < count; i++) {
            items.add(value(field.schema().path("items")));
        }
        set(valid, field.path(), items);
        return new Body(count + " items", field.name(), json(valid), jsonType(), true);
    }

    private Body deepInAField(ObjectNode valid) {
        Field field = fields.get(random.nextInt(fields.size()));
        StringBuilder placeholder = new StringBuilder("\"__deep__\"");
        set(valid, field.path(), NODES.stringNode("__deep__"));
        String body = new String(json(valid), StandardCharsets.UTF_8)
                .replace(placeholder, "[".repeat(DEEP) + "]".repeat(DEEP));
        return new Body("nesting " + DEEP + " deep in a field", field.name(), bytes(body), jsonType(), true);
    }

    private Body invalidUtf8InAField(ObjectNode valid) {
        Field field = pick(f -> f.type().equals("string"));
        if (field == null) {
            return invalidUtf8AtTheTop(valid);
        }
        set(valid, field.path(), NODES.stringNode("__bytes__"));
        String[] around = new String(json(valid), StandardCharsets.UTF_8).split("__bytes__", 2);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes(around[0] + "ok"));
        body.writeBytes(invalidUtf8());
        body.writeBytes(bytes(around[1]));
        return new Body("invalid UTF-8 in a string", field.name(), body.toByteArray(), jsonType(), true);
    }

    // --- multipart bodies (an import's file) --------------------------------------------------

    private Body withoutTheFilePart(ObjectNode valid) {
        String part = fields.isEmpty() ? "file" : fields.getFirst().name();
        return new Body("multipart without its file part", part, multipart("other", bytes("a,b\n1,2\n"), true),
                jsonType(), true);
    }

    private Body cutMultipart(ObjectNode valid) {
        return new Body("multipart cut short", null, multipart(filePart(), bytes("name,idNumber\n"), false), jsonType(), true);
    }

    private Body hostileFile() {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(bytes(draw(Arbitraries.of("", "name,idNumber,gridCode\n", "\uFEFF姓名,身份证号\n", "=cmd|'/C calc'!A0\n"))));
        for (int line = random.nextInt(20); line > 0; line--) {
            content.writeBytes(bytes(String.join(",", draw(Arbitraries.of(INJECTIONS).list().ofSize(4))) + "\n"));
            if (random.nextInt(5) == 0) {
                content.writeBytes(invalidUtf8());
            }
        }
        if (random.nextInt(10) == 0) {
            content.writeBytes(bytes("x".repeat(200_000)));
        }
        return new Body("hostile import file", null, multipart(filePart(), content.toByteArray(), true), jsonType(), false);
    }

    private String filePart() {
        return fields.isEmpty() ? "file" : fields.getFirst().name();
    }

    private static byte[] multipart(String part, byte[] content, boolean closed) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes("--fuzz\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"census.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(bytes(closed ? "\r\n--fuzz--\r\n" : "\r\n--fu"));
        return body.toByteArray();
    }

    private Body hostile() {
        if (operation.isMultipart()) {
            return hostileFile();
        }
        ObjectNode body = validLooking();
        for (Field field : fields) {
            JsonNode schema = field.schema();
            if (field.type().equals("string") && !schema.has("enum") && !schema.has("format") && !schema.has("pattern")
                    && random.nextBoolean()) {
                String injection = draw(Arbitraries.of(INJECTIONS));
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                set(body, field.path(), NODES.stringNode(injection.length() > max ? injection.substring(0, max) : injection));
            }
        }
        return new Body("injection strings in free text", null, json(body), jsonType(), false);
    }

    // --- a body that looks valid, and its values ---------------------------------------------

    /** A body with every required field and most optional ones, each of its declared type and format. */
    ObjectNode validLooking() {
        JsonNode value = value(operation.schema());
        return value instanceof ObjectNode object ? object : NODES.objectNode();
    }

    private JsonNode value(JsonNode schema) {
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(name -> required.add(name.asString()));
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    if (required.contains(property.getKey()) || random.nextInt(10) < 7) {
                        object.set(property.getKey(), value(property.getValue()));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.min(schema.path("maxItems").asInt(3), 1 + random.nextInt(3));
                for (int i = 0; i < Math.max(items, schema.path("minItems").asInt(0)); i++) {
                    array.add(value(schema.path("items")));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(inRange(schema, 1, 10).longValue());
            case "number" -> NODES.numberNode(Math.min(inRange(schema, 1, 10).doubleValue() + 0.25,
                    schema.path("maximum").asDouble(Double.MAX_VALUE)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(schema));
        };
    }

    private Number inRange(JsonNode schema, long low, long high) {
        long min = schema.has("minimum") ? (long) Math.ceil(schema.path("minimum").asDouble()) : low;
        long max = schema.has("maximum") ? (long) Math.floor(schema.path("maximum").asDouble()) : Math.max(high, min + 9);
        return min + (long) (random.nextDouble() * (max - min));
    }

    private String text(JsonNode schema) {
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).asString();
        }
        switch (schema.path("format").asString("")) {
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "date":
                return "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case "date-time":
                return "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T08:30:00Z";
            case "uri", "url":
                return "https://example.org/" + random.nextInt(1000);
            default:
                break;
        }
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.path("pattern").asString());
            return PATTERN_CANDIDATES.stream().filter(candidate -> pattern.matcher(candidate).matches())
                    .findFirst().orElse("x");
        }
        int max = Math.min(schema.path("maxLength").asInt(40), 40);
        int min = Math.max(1, schema.path("minLength").asInt(1));
        // The pattern of @URL fields is not in the document; a URL is also a valid plain text.
        String word = draw(Arbitraries.strings().withCharRange('a', 'z').withChars("网格事件").ofMinLength(min).ofMaxLength(Math.max(min, max)));
        return max >= 24 && random.nextBoolean() ? "https://example.org/" + word.substring(0, Math.min(word.length(), max - 20)) : word;
    }

    // --- helpers ------------------------------------------------------------------------------

    private void collectFields(List<Object> path, JsonNode schema, boolean required) {
        if (!path.isEmpty()) {
            fields.add(new Field(path, schema, required));
        }
        if (schema.path("type").asString("object").equals("object")) {
            List<String> requiredNames = new ArrayList<>();
            schema.path("required").forEach(name -> requiredNames.add(name.asString()));
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                List<Object> below = new ArrayList<>(path);
                below.add(property.getKey());
                // A nested field is only required when its parent is there, which validLooking() makes sure of.
                collectFields(below, property.getValue(), required && requiredNames.contains(property.getKey()));
            }
        } else if (schema.path("type").asString().equals("array") && schema.has("items")) {
            List<Object> first = new ArrayList<>(path);
            first.add(0);
            JsonNode items = schema.path("items");
            if (items.path("type").asString("object").equals("object") && items.has("properties")) {
                collectFields(first, items, false);
            } else {
                fields.add(new Field(first, items, false));
            }
        }
    }

    private Field pick(java.util.function.Predicate<Field> which) {
        List<Field> candidates = fields.stream().filter(which).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** Sets the value at {@code path}, creating the objects and arrays on the way. */
    private static void set(ObjectNode body, List<Object> path, JsonNode value) {
        JsonNode parent = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object next = path.get(i + 1);
            JsonNode child = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            if (!(child instanceof ObjectNode) && !(child instanceof ArrayNode)) {
                child = next instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                put(parent, step, child);
            }
            parent = child;
        }
        put(parent, path.getLast(), value);
    }

    private static void put(JsonNode parent, Object step, JsonNode value) {
        if (parent instanceof ArrayNode array) {
            int index = (Integer) step;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) parent).set((String) step, value);
        }
    }

    private static void remove(ObjectNode body, List<Object> path) {
        JsonNode parent = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
        }
        if (parent instanceof ObjectNode object) {
            object.remove((String) path.getLast());
        }
    }

    private static ObjectNode ensureObject(ObjectNode body, List<Object> path) {
        JsonNode existing = body.at(pointer(path));
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = NODES.objectNode();
        set(body, path, created);
        return created;
    }

    private static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        path.forEach(step -> pointer.append('/').append(step.toString().replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }

    private static String format(JsonNode schema) {
        return schema.has("enum") ? "an enum" : schema.has("format") ? schema.path("format").asString() : "a pattern";
    }

    private byte[] invalidUtf8() {
        // Not the overlong forms (C0 AF): Jackson decodes them into the character they spell, a valid string.
        return draw(Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}));
    }

    private String jsonType() {
        return operation.isMultipart() ? "multipart/form-data; boundary=fuzz" : "application/json";
    }

    private static byte[] json(JsonNode body) {
        return Api.JSON.writeValueAsBytes(body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.generator(GENERATION_SIZE).next(random).value();
    }
}
