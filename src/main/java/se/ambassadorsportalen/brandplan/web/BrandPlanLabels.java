package se.ambassadorsportalen.brandplan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.boundary.BrandPlan;

/**
 * The brand associations and target groups for any module's pages: the active ones to choose from
 * and the current name of a code, in the viewer's language. Read once per request and kind, so a
 * page's statements grow with the plan's handful of records, never with the codes it shows; an old story shows
 * today's name of what it was classified by, retired or not.
 */
@Named("brandPlan")
@RequestScoped
public class BrandPlanLabels {

    @Inject
    BrandPlan plan;

    private final Map<PlanKind, Map<String, PlanEntry>> byCode = new EnumMap<>(PlanKind.class);

    /**
     * What an editor offers: the active records and those the content already carries, so that
     * saving a story whose association was retired since keeps it instead of dropping it unseen.
     */
    public List<PlanEntry> associationChoices(Collection<String> carried) {
        return choices(PlanKind.ASSOCIATION, carried);
    }

    public List<PlanEntry> targetGroupChoices(Collection<String> carried) {
        return choices(PlanKind.TARGET_GROUP, carried);
    }

    /** As {@link #associationChoices}, for content that carries at most one association (a news item). */
    public List<PlanEntry> associationChoice(String carried) {
        return choices(PlanKind.ASSOCIATION, carried == null ? List.of() : List.of(carried));
    }

    private List<PlanEntry> choices(PlanKind kind, Collection<String> carried) {
        return entries(kind).values().stream()
                .filter(entry -> entry.active() || carried != null && carried.contains(entry.code()))
                .toList();
    }

    public String association(String code) {
        return name(PlanKind.ASSOCIATION, code);
    }

    public String targetGroup(String code) {
        return name(PlanKind.TARGET_GROUP, code);
    }

    /** Names of several codes in the plan's order, joined for a line of text. */
    public String associations(Collection<String> codes) {
        return names(PlanKind.ASSOCIATION, codes);
    }

    public String targetGroups(Collection<String> codes) {
        return names(PlanKind.TARGET_GROUP, codes);
    }

    /** A choice's label: a sub-group says which group it belongs to. */
    public String label(PlanEntry entry) {
        if (entry.parentCode() == null) {
            return entry.name(locale());
        }
        return name(entry.kind(), entry.parentCode()) + ": " + entry.name(locale());
    }

    private String names(PlanKind kind, Collection<String> codes) {
        if (codes == null) {
            return "";
        }
        return entries(kind).values().stream()
                .filter(entry -> codes.contains(entry.code()))
                .map(this::label)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private String name(PlanKind kind, String code) {
        if (code == null) {
            return "";
        }
        PlanEntry entry = entries(kind).get(code);
        return entry == null ? code : entry.name(locale());
    }

    private Map<String, PlanEntry> entries(PlanKind kind) {
        return byCode.computeIfAbsent(kind, k -> {
            Map<String, PlanEntry> entries = new LinkedHashMap<>();
            plan.entries(k).forEach(entry -> entries.put(entry.code(), entry));
            return entries;
        });
    }

    private static Locale locale() {
        return ViewLocale.current();
    }
}
