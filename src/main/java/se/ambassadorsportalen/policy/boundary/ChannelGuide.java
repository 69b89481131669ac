package se.ambassadorsportalen.policy.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ambassadorsportalen.policy.entity.Channel;
import se.ambassadorsportalen.policy.entity.ChannelRating;
import se.ambassadorsportalen.policy.entity.MaterialType;
import se.ambassadorsportalen.policy.entity.Rating;

/**
 * The channel guide as every module reads it: channels with their strategy, material types, and
 * how common each type is in each channel. A cell nobody has rated counts as {@link Rating#YELLOW}
 * ("occurs"): it neither blocks nor passes silently.
 */
@Stateless
@PermitAll
public class ChannelGuide {

    public static final Rating UNRATED = Rating.YELLOW;

    @PersistenceContext
    EntityManager em;

    public List<Channel> channels() {
        return em.createQuery("select c from Channel c order by c.sortOrder, c.name", Channel.class).getResultList();
    }

    public Optional<Channel> channel(String code) {
        return em.createQuery("select c from Channel c where c.code = :code", Channel.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<MaterialType> materialTypes() {
        return em.createQuery("select t from MaterialType t order by t.sortOrder, t.code", MaterialType.class)
                .getResultList();
    }

    public Optional<MaterialType> materialType(String code) {
        return em.createQuery("select t from MaterialType t where t.code = :code", MaterialType.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Rating rating(String channelCode, String materialTypeCode) {
        return em.createQuery("select r.rating from ChannelRating r where r.channel.code = :channel"
                        + " and r.materialType.code = :type", Rating.class)
                .setParameter("channel", channelCode).setParameter("type", materialTypeCode)
                .getResultStream().findFirst().orElse(UNRATED);
    }

    /** Channel code → material type code → rating, with every cell filled. */
    public Map<String, Map<String, Rating>> matrix() {
        Map<String, Map<String, Rating>> matrix = new LinkedHashMap<>();
        List<MaterialType> types = materialTypes();
        for (Channel channel : channels()) {
            Map<String, Rating> row = new LinkedHashMap<>();
            types.forEach(type -> row.put(type.getCode(), UNRATED));
            matrix.put(channel.getCode(), row);
        }
        for (ChannelRating cell : em.createQuery("select r from ChannelRating r", ChannelRating.class).getResultList()) {
            Map<String, Rating> row = matrix.get(cell.getChannel().getCode());
            if (row != null) {
                row.put(cell.getMaterialType().getCode(), cell.getRating());
            }
        }
        return matrix;
    }
}
