package se.ambassadorsportalen.ambassador.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.ambassador.control.TrainingProgress;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.QuizQuestion;
import se.ambassadorsportalen.ambassador.entity.TrainingCompletion;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Training for ambassadors: communicators write the modules, ambassadors complete them, and the
 * rota asks here whether someone is trained for the relay. Communicators see who has done what.
 */
@Stateless
public class Trainings {

    /**
     * A module as communicators write it: its quiz questions (each with options and the index of
     * the right one) and how many must be right to pass ({@code null}: all).
     */
    public record ModuleDetails(
            String title,
            String content,
            Set<Purpose> purposes,
            List<QuizQuestion.Draft> questions,
            Integer passMark) {}

    /** Who completed what, for the communicators' overview. */
    public record CompletionRow(long ambassadorId, String ambassadorName, String moduleTitle, Instant completedAt)
            implements Serializable {

        /** The day it was completed in the portal's zone, as the overview shows it: after 22:00 UTC it is already tomorrow there. */
        public LocalDate completedOn() {
            return PortalTime.local(completedAt).toLocalDate();
        }
    }

    /**
     * A module as the lists show it, with the number of its quiz questions: what a page keeps
     * between requests instead of the entity (which would keep its persistence context alive).
     */
    public record ModuleOutline(long id, String title, Set<Purpose> purposes, int questions) implements Serializable {

        public boolean hasQuiz() {
            return questions > 0;
        }
    }

    /** A module opened to be completed: its content and quiz, without which option is right. */
    public record ModuleToTake(long id, String title, String content, List<Question> questions, int neededRight)
            implements Serializable {

        /** A question and its options; the index of the option chosen is the answer. */
        public record Question(String text, List<Choice> choices) implements Serializable {}

        public record Choice(int index, String label) implements Serializable {}

        public boolean hasQuiz() {
            return !questions.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Ambassadors ambassadors;

    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR})
    public List<TrainingModule> modules() {
        // No batch reading of the quiz: EclipseLink 4 fails on batches of an ordered collection of
        // embeddables (EclipseLink-69); the modules are a handful, written by the communicators.
        return em.createQuery(
                        "select m from TrainingModule m where m.active = true order by m.id", TrainingModule.class)
                .getResultList();
    }

    /**
     * The active modules as outlines, in two statements however many modules and questions there
     * are: the modules, and the number of questions of each in one grouped query (the quiz is an
     * ordered collection of embeddables, which EclipseLink 4 cannot batch, EclipseLink-69).
     */
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR})
    public List<ModuleOutline> outlines() {
        Map<Long, Long> questions = new HashMap<>();
        em.createQuery(
                        "select m.id, count(q.answer) from TrainingModule m join m.quiz q where m.active = true group by m.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> questions.put((Long) row[0], (Long) row[1]));
        return modules().stream()
                .map(m -> new ModuleOutline(
                        m.getId(),
                        m.getTitle(),
                        m.getPurposes(),
                        questions.getOrDefault(m.getId(), 0L).intValue()))
                .toList();
    }

    /** An active module to read and complete: the module and its quiz, two statements. */
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR})
    public ModuleToTake moduleToTake(long id) {
        TrainingModule module = module(id);
        List<ModuleToTake.Question> questions = module.getQuizQuestions().stream()
                .map(q -> new ModuleToTake.Question(
                        q.getQuestion(),
                        q.getChoices().stream()
                                .map(c -> new ModuleToTake.Choice(c.index(), c.label()))
                                .toList()))
                .toList();
        return new ModuleToTake(
                module.getId(), module.getTitle(), module.getContent(), questions, module.getNeededRight());
    }

    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR})
    public TrainingModule module(long id) {
        return Optional.ofNullable(em.find(TrainingModule.class, id))
                .filter(TrainingModule::isActive)
                .orElseThrow(() -> PortalException.notFound("ambassador.training.notFound", id));
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public TrainingModule create(ModuleDetails details) {
        TrainingModule module = new TrainingModule(details.title(), details.content(), details.purposes());
        module.changeQuiz(details.questions(), details.passMark());
        em.persist(module);
        return module;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public TrainingModule update(long id, long expectedVersion, ModuleDetails details) {
        TrainingModule module = module(id);
        if (module.getVersion() != expectedVersion) {
            throw PortalException.conflict("platform.error.conflict");
        }
        module.change(details.title(), details.content(), details.purposes());
        module.changeQuiz(details.questions(), details.passMark());
        return module;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public void retire(long id) {
        module(id).retire();
    }

    /**
     * The caller completes a module; a quiz must be passed ({@code answers}: the chosen option of
     * each question, in order). Completing twice changes nothing.
     */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public TrainingCompletion complete(long moduleId, List<Integer> answers) {
        Ambassador me = ambassadors.requireMine();
        if (!me.isMember() && me.getStatus() != se.ambassadorsportalen.ambassador.entity.AmbassadorStatus.APPLIED) {
            throw PortalException.forbidden("ambassador.training.notMember");
        }
        TrainingModule module = module(moduleId);
        Optional<TrainingCompletion> done = em.createQuery(
                        "select c from TrainingCompletion c where c.ambassador = :a" + " and c.module = :m",
                        TrainingCompletion.class)
                .setParameter("a", me)
                .setParameter("m", module)
                .getResultStream()
                .findFirst();
        if (done.isPresent()) {
            return done.get();
        }
        module.checkAnswers(answers);
        TrainingCompletion completion = new TrainingCompletion(me, module, PortalTime.moment());
        em.persist(completion);
        return completion;
    }

    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR})
    public Set<Long> completedModuleIds(Ambassador ambassador) {
        return new HashSet<>(
                em.createQuery("select c.module.id from TrainingCompletion c where c.ambassador = :a", Long.class)
                        .setParameter("a", ambassador)
                        .getResultList());
    }

    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR})
    public boolean trainedFor(Ambassador ambassador, Purpose purpose) {
        return TrainingProgress.trainedFor(purpose, modules(), completedModuleIds(ambassador));
    }

    /** The modules the caller still has to do for a purpose (empty when trained or not an ambassador). */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public List<TrainingModule> myMissing(Purpose purpose) {
        return ambassadors
                .mine()
                .filter(a -> !a.isFormer())
                .map(a -> TrainingProgress.missing(purpose, modules(), completedModuleIds(a)))
                .orElse(List.of());
    }

    /**
     * Who completed what, a page at a time, the newest first unless the table sorts otherwise.
     * Filters: name (every word in the first name or surname), module (containing the text),
     * completedAt (a day, month or year, see {@code TypedPeriod}).
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Page<CompletionRow> completions(PageRequest request) {
        PageRequest newestFirst = request.sortField() != null
                ? request
                : new PageRequest(request.first(), request.size(), "completedAt", false, request.filters());
        Page<TrainingCompletion> page = Queries.page(
                em,
                TrainingCompletion.class,
                newestFirst,
                Map.of("completedAt", "completedAt", "name", "ambassador.person.sortKeys", "module", "module.sortKeys"),
                Map.of("module", "module.title"),
                (cb, root) -> Queries.allOf(
                        cb,
                        Queries.nameMatches(cb, root, "ambassador.person", newestFirst, "name"),
                        Queries.within(cb, root, "completedAt", newestFirst, "completedAt")),
                "completedAt",
                "ambassador",
                "ambassador.person",
                "module");
        return new Page<>(
                page.items().stream()
                        .map(c -> new CompletionRow(
                                c.getAmbassador().getId(),
                                c.getAmbassador().getPerson().getDisplayName(),
                                c.getModule().getTitle(),
                                c.getCompletedAt()))
                        .toList(),
                page.total());
    }
}
