package se.ambassadorsportalen.brandplan.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.api.Wording;
import se.ambassadorsportalen.brandplan.entity.BrandAssociation;
import se.ambassadorsportalen.brandplan.entity.PlanRecord;
import se.ambassadorsportalen.brandplan.entity.TargetGroup;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The employer-brand plan's brand associations and target groups: everyone signed in reads them
 * (stories, news and goals are classified by them), communicators create, rename, retire and
 * restore them. Other modules hold the stable code and check a choice here with
 * {@link #checkChoice}; a record is never deleted, so nothing that refers to it can break.
 */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class BrandPlan {

    /** A new record: the code may be left out (it is then made from the default language's name). */
    public record Draft(String code, String parentCode, Map<String, Wording> texts) {}

    @PersistenceContext
    EntityManager em;

    /**
     * Every record of a kind, active and retired, in the plan's order (a main group followed by
     * its sub-groups).
     */
    public List<PlanEntry> entries(PlanKind kind) {
        List<? extends PlanRecord> records = Queries.batch(ordered(kind), "texts")
                .setHint("eclipselink.read-only", "true")
                .getResultList();
        List<PlanEntry> entries = records.stream().map(PlanRecord::entry).toList();
        return kind == PlanKind.TARGET_GROUP ? treeOrder(entries) : entries;
    }

    /** The records that may be chosen for new content. */
    public List<PlanEntry> active(PlanKind kind) {
        return entries(kind).stream().filter(PlanEntry::active).toList();
    }

    /**
     * Refuses a choice of codes unless each is an active record of the kind, or one the content
     * already carries ({@code kept}): a retired association stays on the stories that have it, but
     * no new story may choose it.
     */
    public void checkChoice(PlanKind kind, Collection<String> chosen, Collection<String> kept, String field) {
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        Set<String> active = active(kind).stream().map(PlanEntry::code).collect(Collectors.toSet());
        for (String code : chosen) {
            if (code == null || !active.contains(code) && (kept == null || !kept.contains(code))) {
                throw PortalException.invalidField(field, "brandplan.choice.unknown", String.valueOf(code));
            }
        }
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public PlanEntry create(PlanKind kind, Draft draft) {
        if (draft == null) {
            throw PortalException.invalid("brandplan.body.required");
        }
        List<? extends PlanRecord> existing = records(kind);
        String code = code(draft, existing);
        int order = existing.stream().mapToInt(PlanRecord::getSortOrder).max().orElse(-1) + 1;
        PlanRecord made;
        if (kind == PlanKind.TARGET_GROUP) {
            TargetGroup parent = null;
            if (draft.parentCode() != null && !draft.parentCode().isBlank()) {
                parent = existing.stream()
                        .map(TargetGroup.class::cast)
                        .filter(g -> g.getCode().equals(draft.parentCode().strip()))
                        .findFirst()
                        .orElseThrow(() -> PortalException.invalidField(
                                "parentCode", "brandplan.choice.unknown", draft.parentCode()));
            }
            made = new TargetGroup(code, parent, order, draft.texts());
        } else {
            made = new BrandAssociation(code, order, draft.texts());
        }
        refuseTakenNames(made, existing);
        em.persist(made);
        em.flush();
        return made.entry();
    }

    /** New texts for a record; its code, and so everything that refers to it, stays. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public PlanEntry rename(PlanKind kind, long id, long version, Map<String, Wording> texts) {
        PlanRecord record = current(kind, id, version);
        record.rename(texts);
        refuseTakenNames(record, records(kind));
        em.flush();
        return record.entry();
    }

    /** No longer offered for new content. A main group is retired after its sub-groups. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public PlanEntry retire(PlanKind kind, long id, long version) {
        PlanRecord record = current(kind, id, version);
        if (record instanceof TargetGroup group) {
            boolean activeSubGroups = em.createQuery(
                            "select g from TargetGroup g where g.parent = :group", TargetGroup.class)
                    .setParameter("group", group)
                    .getResultStream()
                    .anyMatch(TargetGroup::isActive);
            if (activeSubGroups) {
                throw PortalException.conflict("brandplan.group.activeSubGroups");
            }
        }
        record.retire();
        em.flush();
        return record.entry();
    }

    /** Offered again; a sub-group only while its main group is. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public PlanEntry restore(PlanKind kind, long id, long version) {
        PlanRecord record = current(kind, id, version);
        if (record instanceof TargetGroup group
                && group.getParent() != null
                && !group.getParent().isActive()) {
            throw PortalException.conflict("brandplan.group.parentRetired");
        }
        record.restore();
        em.flush();
        return record.entry();
    }

    private String code(Draft draft, List<? extends PlanRecord> existing) {
        Set<String> taken = existing.stream().map(PlanRecord::getCode).collect(Collectors.toSet());
        if (draft.code() != null && !draft.code().isBlank()) {
            String code = draft.code().strip();
            if (taken.contains(code)) {
                throw PortalException.invalidField("code", "brandplan.code.taken", code);
            }
            return code;
        }
        Wording wording = draft.texts() == null ? null : draft.texts().get(Languages.DEFAULT.getLanguage());
        String base = PlanRecord.codeFrom(wording == null ? null : wording.name());
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    /** Two records of a kind with the same name in one language could not be told apart on a page. */
    private static void refuseTakenNames(PlanRecord record, List<? extends PlanRecord> existing) {
        Map<String, String> mine = record.names();
        for (PlanRecord other : existing) {
            if (other == record) {
                continue;
            }
            other.names().forEach((language, name) -> {
                String same = mine.get(language);
                if (same != null && same.equalsIgnoreCase(name)) {
                    throw PortalException.invalidField("name_" + language, "brandplan.name.taken", same);
                }
            });
        }
    }

    private PlanRecord current(PlanKind kind, long id, long version) {
        PlanRecord record = Optional.ofNullable((PlanRecord) em.find(type(kind), id))
                .orElseThrow(() -> PortalException.notFound("brandplan.notFound"));
        if (record.getVersion() != version) {
            throw PortalException.conflict("brandplan.changedMeanwhile");
        }
        return record;
    }

    /**
     * The records to change one of, managed: each one's texts load when first read (one statement a
     * record), as changes are rare and a plan has a handful of records. Not batched: EclipseLink 4
     * builds texts read in a batch with the embeddable's uninitialised descriptor, and the flush
     * that compares them for changes fails (EclipseLink-69, eclipse-ee4j/eclipselink#921);
     * {@link #entries} reads them read-only, which nothing compares.
     */
    private List<? extends PlanRecord> records(PlanKind kind) {
        return ordered(kind).getResultList();
    }

    private TypedQuery<? extends PlanRecord> ordered(PlanKind kind) {
        Class<? extends PlanRecord> type = type(kind);
        return em.createQuery("select x from " + type.getSimpleName() + " x order by x.sortOrder, x.id", type);
    }

    private static Class<? extends PlanRecord> type(PlanKind kind) {
        return kind == PlanKind.TARGET_GROUP ? TargetGroup.class : BrandAssociation.class;
    }

    /** Main groups in their order, each followed by its sub-groups. */
    static List<PlanEntry> treeOrder(List<PlanEntry> entries) {
        Map<String, List<PlanEntry>> children = new LinkedHashMap<>();
        entries.stream()
                .filter(PlanEntry::isSubGroup)
                .forEach(e -> children.computeIfAbsent(e.parentCode(), k -> new ArrayList<>())
                        .add(e));
        List<PlanEntry> ordered = new ArrayList<>();
        entries.stream().filter(e -> !e.isSubGroup()).forEach(main -> {
            ordered.add(main);
            ordered.addAll(children.getOrDefault(main.code(), List.of()));
        });
        entries.stream()
                .filter(e -> e.isSubGroup() && !ordered.contains(e))
                .sorted(Comparator.comparing(PlanEntry::code))
                .forEach(ordered::add);
        return ordered;
    }
}
