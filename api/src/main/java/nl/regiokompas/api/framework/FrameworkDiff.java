package nl.regiokompas.api.framework;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The readable differences between two framework versions, section by section: items of a list are matched by
 * their code (steps by number, texts by themselves), so a renamed criterion reads as a change of that criterion,
 * and a change names the fields that differ with their old and new value. Pure; the order is the framework's.
 */
public final class FrameworkDiff {

    private static final Map<String, String> SECTIONS = sections();
    private static final Map<String, String> FIELDS = Map.of("name", "naam", "summary", "samenvatting",
            "questions", "vraag", "meaning", "betekenis", "members", "leden", "chair", "voorzitter", "role", "rol",
            "question", "vraag", "kind", "soort", "example", "voorbeeld");

    private FrameworkDiff() {
    }

    public static List<FrameworkChange> between(FrameworkContent before, FrameworkContent after) {
        List<FrameworkChange> changes = new ArrayList<>();
        if (before == null || after == null) {
            return changes;
        }
        for (RecordComponent component : FrameworkContent.class.getRecordComponents()) {
            String section = SECTIONS.getOrDefault(component.getName(), component.getName());
            Object old = value(component, before);
            Object now = value(component, after);
            if (component.getName().equals("region")) {
                compareRegion(section, (FrameworkContent.Region) old, (FrameworkContent.Region) now, changes);
            } else if (old instanceof Map<?, ?> || now instanceof Map<?, ?>) {
                compareMaps(section, (Map<?, ?>) old, (Map<?, ?>) now, changes);
            } else {
                compareLists(section, (List<?>) old, (List<?>) now, changes);
            }
        }
        return changes;
    }

    private static void compareRegion(String section, FrameworkContent.Region old, FrameworkContent.Region now,
                                      List<FrameworkChange> changes) {
        if (old == null || now == null) {
            return;
        }
        if (!Objects.equals(old.name(), now.name()) || !Objects.equals(old.domain(), now.domain())) {
            changes.add(new FrameworkChange(section, now.code(), FrameworkChange.Kind.GEWIJZIGD,
                    "naam of domein: '" + old.name() + " (" + old.domain() + ")' wordt '" + now.name() + " ("
                            + now.domain() + ")'"));
        }
        compareLists("Gemeenten", old.gemeenten(), now.gemeenten(), changes);
    }

    private static void compareMaps(String section, Map<?, ?> old, Map<?, ?> now, List<FrameworkChange> changes) {
        Map<?, ?> before = old == null ? Map.of() : old;
        Map<?, ?> after = now == null ? Map.of() : now;
        Set<Object> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (Object key : keys) {
            String item = String.valueOf(key);
            if (!before.containsKey(key)) {
                changes.add(new FrameworkChange(section, item, FrameworkChange.Kind.TOEGEVOEGD, text(after.get(key))));
            } else if (!after.containsKey(key)) {
                changes.add(new FrameworkChange(section, item, FrameworkChange.Kind.VERWIJDERD, text(before.get(key))));
            } else if (!Objects.equals(before.get(key), after.get(key))) {
                changes.add(new FrameworkChange(section, item, FrameworkChange.Kind.GEWIJZIGD,
                        "'" + text(before.get(key)) + "' wordt '" + text(after.get(key)) + "'"));
            }
        }
    }

    private static void compareLists(String section, List<?> old, List<?> now, List<FrameworkChange> changes) {
        Map<String, Object> before = keyed(old);
        Map<String, Object> after = keyed(now);
        for (Map.Entry<String, Object> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                changes.add(new FrameworkChange(section, label(entry.getValue()), FrameworkChange.Kind.VERWIJDERD, null));
            }
        }
        for (Map.Entry<String, Object> entry : after.entrySet()) {
            Object previous = before.get(entry.getKey());
            if (previous == null) {
                changes.add(new FrameworkChange(section, label(entry.getValue()), FrameworkChange.Kind.TOEGEVOEGD, null));
            } else if (!previous.equals(entry.getValue())) {
                changes.add(new FrameworkChange(section, label(entry.getValue()), FrameworkChange.Kind.GEWIJZIGD,
                        fieldChanges(previous, entry.getValue())));
            }
        }
    }

    private static String fieldChanges(Object before, Object after) {
        if (!before.getClass().isRecord()) {
            return "'" + text(before) + "' wordt '" + text(after) + "'";
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (Objects.equals(old, now)) {
                continue;
            }
            String field = FIELDS.getOrDefault(component.getName(), component.getName());
            if (old instanceof Map<?, ?> || now instanceof Map<?, ?>) {
                List<FrameworkChange> inner = new ArrayList<>();
                compareMaps(field, (Map<?, ?>) old, (Map<?, ?>) now, inner);
                for (FrameworkChange change : inner) {
                    parts.add(field + " voor " + change.item() + " " + switch (change.kind()) {
                        case TOEGEVOEGD -> "toegevoegd: '" + change.description() + "'";
                        case VERWIJDERD -> "verwijderd";
                        case GEWIJZIGD -> "gewijzigd: " + change.description();
                    });
                }
            } else {
                parts.add(field + ": '" + text(old) + "' wordt '" + text(now) + "'");
            }
        }
        return String.join("; ", parts);
    }

    private static Map<String, Object> keyed(List<?> items) {
        Map<String, Object> keyed = new LinkedHashMap<>();
        if (items != null) {
            for (Object item : items) {
                keyed.put(key(item), item);
            }
        }
        return keyed;
    }

    private static String key(Object item) {
        if (item != null && item.getClass().isRecord()) {
            for (RecordComponent component : item.getClass().getRecordComponents()) {
                if (component.getName().equals("code") || component.getName().equals("n")) {
                    return String.valueOf(value(component, item));
                }
            }
        }
        return String.valueOf(item);
    }

    private static String label(Object item) {
        if (item != null && item.getClass().isRecord()) {
            String key = key(item);
            for (RecordComponent component : item.getClass().getRecordComponents()) {
                if (component.getName().equals("name") && value(component, item) != null) {
                    return key + " " + value(component, item);
                }
            }
            return key;
        }
        return String.valueOf(item);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("region", "Regio");
        sections.put("gremia", "Gremia");
        sections.put("mandateRoles", "Mandaatrollen");
        sections.put("layers", "Lagen");
        sections.put("scales", "Schalen");
        sections.put("responsibilityKinds", "Soorten verantwoordelijkheid");
        sections.put("responsibilityLevels", "Niveaus van verantwoordelijkheid");
        sections.put("criteria", "Criteria");
        sections.put("outcomeGuideline", "Richtlijn voor de uitkomst");
        sections.put("preconditionKinds", "Soorten randvoorwaarden");
        sections.put("workingSteps", "Werkstappen");
        sections.put("phases", "Fasen");
        sections.put("governanceForms", "Samenwerkingsvormen");
        sections.put("themes", "Thema's");
        sections.put("reflectionPrompts", "Reflectievragen");
        sections.put("reflectionLevels", "Reflectieniveaus");
        sections.put("handelingsperspectieven", "Handelingsperspectieven");
        sections.put("principles", "Principes");
        sections.put("formCriteria", "Criteria voor de samenwerkingsvorm");
        return sections;
    }
}
