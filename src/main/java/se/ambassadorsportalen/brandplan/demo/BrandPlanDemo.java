package se.ambassadorsportalen.brandplan.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ambassadorsportalen.brandplan.api.Wording;
import se.ambassadorsportalen.brandplan.entity.TargetGroup;
import se.ambassadorsportalen.platform.demo.DemoContent;

/**
 * The demo region's sub-groups of the plan's target groups (the migration seeds the four main
 * groups and the three associations every database has): students on work placement and
 * high-school pupils under students, former employees under potential employees. One demo story
 * is written for the first of them. Loads before the stories that use them.
 */
@ApplicationScoped
public class BrandPlanDemo implements DemoContent {

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return "brandplan";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void load() {
        TargetGroup students = group("STUDENTS");
        TargetGroup potential = group("POTENTIAL_EMPLOYEES");
        sub(
                "WORK_PLACEMENT_STUDENTS",
                students,
                10,
                "VFU- och LIA-studenter",
                "Studenter på verksamhetsförlagd utbildning (VFU) eller lärande i arbete (LIA) hos oss.",
                "Students on work placement",
                "Students on a work placement (VFU or LIA) with us.");
        sub(
                "HIGH_SCHOOL_PUPILS",
                students,
                11,
                "Gymnasieelever",
                "Elever som väljer utbildning och yrke.",
                "High-school pupils",
                "Pupils choosing their studies and profession.");
        sub(
                "FORMER_EMPLOYEES",
                potential,
                12,
                "Tidigare medarbetare",
                "De som har arbetat hos oss och kan komma tillbaka.",
                "Former employees",
                "People who have worked with us and may come back.");
    }

    private TargetGroup group(String code) {
        return em.createQuery("select g from TargetGroup g where g.code = :code", TargetGroup.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private void sub(String code, TargetGroup parent, int order, String sv, String svText, String en, String enText) {
        Map<String, Wording> texts = new LinkedHashMap<>();
        texts.put("sv", new Wording(sv, svText, null));
        texts.put("en", new Wording(en, enText, null));
        em.persist(new TargetGroup(code, parent, order, texts));
    }
}
