package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

class PickedByIdTest {

    static final class Thing extends VersionedEntity {
        private static final long serialVersionUID = 1L;

        static Thing withId(long id) {
            try {
                Thing thing = new Thing();
                Field field = VersionedEntity.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(thing, id);
                return thing;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Ids the lookup was asked for; static so the serialisable lookup below captures nothing. */
    static final List<Long> LOOKED_UP = new ArrayList<>();

    private static PickedById<Thing> picker() {
        LOOKED_UP.clear();
        return PickedById.of(id -> {
            LOOKED_UP.add(id);
            return Thing.withId(id);
        });
    }

    @Test
    void whatWasPickedIsKeptByItsIdAndReadAgainByItWhenALaterRequestAsks() {
        PickedById<Thing> picked = picker();

        picked.set(Thing.withId(42));

        assertThat(picked.id()).isEqualTo(42L);
        // outside a request the entity is forgotten at once, as it is at the end of one
        assertThat(picked.get().getId()).isEqualTo(42L);
        assertThat(LOOKED_UP).containsExactly(42L);
    }

    @Test
    void nothingPickedReadsNothing() {
        PickedById<Thing> picked = picker();

        assertThat(picked.get()).isNull();
        picked.set(Thing.withId(7));
        picked.set(null);

        assertThat(picked.id()).isNull();
        assertThat(picked.get()).isNull();
        assertThat(LOOKED_UP).isEmpty();
    }

    @Test
    void theChoiceTravelsWithTheSerialisedViewAsItsIdAlone() throws Exception {
        PickedById<Thing> picked = picker();
        picked.set(Thing.withId(5));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(picked);
        }
        @SuppressWarnings("unchecked")
        PickedById<Thing> restored =
                (PickedById<Thing>) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();

        assertThat(restored.id()).isEqualTo(5L);
        assertThat(restored.get().getId()).isEqualTo(5L);
    }
}
