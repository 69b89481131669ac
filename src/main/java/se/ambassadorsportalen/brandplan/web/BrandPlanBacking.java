package se.ambassadorsportalen.brandplan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.api.Wording;
import se.ambassadorsportalen.brandplan.boundary.BrandPlan;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.web.FacesMessages;

/**
 * The communicators' page of the employer-brand plan: both lists, and one form that creates a
 * record or renames the one chosen, with a field per interface language. State only: the rules
 * (a name in the default language, unique names, one level of sub-groups, retire instead of
 * delete) are the entities' and {@link BrandPlan}'s.
 */
@Named
@ViewScoped
public class BrandPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BrandPlan plan;

    private PlanKind kind;
    private Long id;
    private long version;
    private String heading;
    private String parentCode;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private final Map<String, String> attributes = new HashMap<>();

    private transient Map<PlanKind, List<PlanEntry>> lists;

    @PostConstruct
    void init() {
        newRecord(PlanKind.ASSOCIATION);
    }

    public void newAssociation() {
        newRecord(PlanKind.ASSOCIATION);
    }

    public void newTargetGroup() {
        newRecord(PlanKind.TARGET_GROUP);
    }

    private void newRecord(PlanKind chosen) {
        kind = chosen;
        id = null;
        version = 0;
        parentCode = null;
        heading = null;
        names.clear();
        descriptions.clear();
        attributes.clear();
    }

    public void edit(PlanEntry entry) {
        newRecord(entry.kind());
        id = entry.id();
        version = entry.version();
        heading = entry.name(ViewLocale.current());
        entry.texts().forEach((language, wording) -> {
            names.put(language, wording.name());
            descriptions.put(language, wording.description());
            attributes.put(language, wording.attributes());
        });
    }

    public void save() {
        try {
            Map<String, Wording> texts = new LinkedHashMap<>();
            for (Locale language : Languages.SUPPORTED) {
                String code = language.getLanguage();
                texts.put(code, new Wording(names.get(code), descriptions.get(code), attributes.get(code)));
            }
            PlanEntry saved = id == null
                    ? plan.create(kind, new BrandPlan.Draft(null, parentCode, texts))
                    : plan.rename(kind, id, version, texts);
            lists = null;
            edit(saved);
            FacesMessages.info("brandplan.saved", saved.name(ViewLocale.current()));
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "planForm");
        }
    }

    public void retire(PlanEntry entry) {
        change(entry, true);
    }

    public void restore(PlanEntry entry) {
        change(entry, false);
    }

    private void change(PlanEntry entry, boolean retire) {
        try {
            PlanEntry changed = retire
                    ? plan.retire(entry.kind(), entry.id(), entry.version())
                    : plan.restore(entry.kind(), entry.id(), entry.version());
            lists = null;
            if (id != null && id == changed.id() && kind == changed.kind()) {
                version = changed.version();
            }
            FacesMessages.info(retire ? "brandplan.retired" : "brandplan.restored", changed.name(ViewLocale.current()));
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public List<PlanEntry> getAssociations() {
        return list(PlanKind.ASSOCIATION);
    }

    public List<PlanEntry> getTargetGroups() {
        return list(PlanKind.TARGET_GROUP);
    }

    /** Main groups that may take a new sub-group. */
    public List<PlanEntry> getParents() {
        return list(PlanKind.TARGET_GROUP).stream()
                .filter(e -> e.active() && !e.isSubGroup())
                .toList();
    }

    private List<PlanEntry> list(PlanKind chosen) {
        if (lists == null) {
            lists = new HashMap<>();
        }
        return lists.computeIfAbsent(chosen, plan::entries);
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    /** "svenska", "English" ... in the viewer's language, for the field labels. */
    public String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(ViewLocale.current());
    }

    public boolean isAssociation() {
        return kind == PlanKind.ASSOCIATION;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getHeading() {
        return heading;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public Map<String, String> getNames() {
        return names;
    }

    public Map<String, String> getDescriptions() {
        return descriptions;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }
}
