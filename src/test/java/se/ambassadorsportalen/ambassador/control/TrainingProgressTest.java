package se.ambassadorsportalen.ambassador.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

class TrainingProgressTest {

    static TrainingModule module(long id, Purpose... purposes) throws Exception {
        TrainingModule module = new TrainingModule("Modul " + id, "Innehåll", purposes.length == 0
                ? EnumSet.noneOf(Purpose.class) : EnumSet.of(purposes[0], purposes));
        Field field = VersionedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(module, id);
        return module;
    }

    @Test
    void trainedForAPurposeWhenEveryModuleItRequiresIsDone() throws Exception {
        List<TrainingModule> modules = List.of(module(1, Purpose.AMBASSADOR, Purpose.RELAY), module(2, Purpose.RELAY),
                module(3, Purpose.MEDIA));

        assertThat(TrainingProgress.trainedFor(Purpose.RELAY, modules, Set.of(1L))).isFalse();
        assertThat(TrainingProgress.missing(Purpose.RELAY, modules, Set.of(1L))).extracting(TrainingModule::getId).containsExactly(2L);
        assertThat(TrainingProgress.trainedFor(Purpose.RELAY, modules, Set.of(1L, 2L))).isTrue();
        assertThat(TrainingProgress.trainedFor(Purpose.AMBASSADOR, modules, Set.of(1L))).isTrue();
        assertThat(TrainingProgress.trainedFor(Purpose.MEDIA, modules, Set.of(1L, 2L))).isFalse();
    }

    @Test
    void aRetiredModuleIsNoLongerRequired() throws Exception {
        TrainingModule old = module(4, Purpose.RELAY);
        old.retire();
        assertThat(TrainingProgress.trainedFor(Purpose.RELAY, List.of(old), Set.of())).isTrue();
    }

    @Test
    void aQuizMustBeAnsweredRight() throws Exception {
        TrainingModule module = module(5, Purpose.RELAY);
        module.changeQuiz("Hur många inlägg?", List.of("1–3", "10"), 0);

        assertThatThrownBy(() -> module.checkAnswer(null)).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> module.checkAnswer(1))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.key()).isEqualTo("ambassador.training.quiz.wrong"));
        module.checkAnswer(0);
    }

    @Test
    void aQuizNeedsTwoOptionsAndAnAnswerAmongThem() throws Exception {
        TrainingModule module = module(6);
        assertThatThrownBy(() -> module.changeQuiz("Fråga?", List.of("Bara ett"), 0)).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> module.changeQuiz("Fråga?", List.of("A", "B"), 2)).isInstanceOf(PortalException.class);
        module.changeQuiz("", List.of(), null);
        assertThat(module.hasQuiz()).isFalse();
        module.checkAnswer(null);
    }
}
