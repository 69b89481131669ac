package se.ambassadorsportalen.policy.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.api.ChannelSummary;
import se.ambassadorsportalen.policy.api.MaterialTypeSummary;
import se.ambassadorsportalen.policy.api.Rating;
import se.ambassadorsportalen.policy.entity.Channel;
import se.ambassadorsportalen.policy.entity.ChannelRating;
import se.ambassadorsportalen.policy.entity.MaterialType;

/**
 * The channel guide as every module reads it: channels with their strategy, material types, and
 * how common each type is in each channel. A cell nobody has rated counts as {@link Rating#YELLOW}
 * ("occurs"): it neither blocks nor passes silently. Communicators edit channels, material
 * types and the matrix; everyone else reads.
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
public class ChannelGuide {

    public static final Rating UNRATED = Rating.YELLOW;

    @PersistenceContext
    EntityManager em;

    public List<Channel> channels() {
        // The names (one row per language) of every channel in one statement, not one per channel.
        return em.createQuery("select c from Channel c order by c.sortOrder, c.code", Channel.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.names")
                .getResultList();
    }

    public Optional<Channel> channel(String code) {
        return em.createQuery("select c from Channel c where c.code = :code", Channel.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<MaterialType> materialTypes() {
        return em.createQuery("select t from MaterialType t order by t.sortOrder, t.code", MaterialType.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.names")
                .getResultList();
    }

    public Optional<MaterialType> materialType(String code) {
        return em.createQuery("select t from MaterialType t where t.code = :code", MaterialType.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * The channels as other modules see them, in the guide's order. Open to everyone: the public
     * portrait page names the channels a story was published in.
     */
    @PermitAll
    @OpenOnPurpose("the public portrait page names the channels a story was published in")
    public List<ChannelSummary> channelSummaries() {
        return channels().stream().map(Channel::summary).toList();
    }

    @PermitAll
    @OpenOnPurpose("one channel's public name and kind")
    public Optional<ChannelSummary> channelSummary(String code) {
        return channel(code).map(Channel::summary);
    }

    /** The material types as other modules see them, in the guide's order. */
    public List<MaterialTypeSummary> materialTypeSummaries() {
        return materialTypes().stream().map(MaterialType::summary).toList();
    }

    public Optional<MaterialTypeSummary> materialTypeSummary(String code) {
        return materialType(code).map(MaterialType::summary);
    }

    public Rating rating(String channelCode, String materialTypeCode) {
        return em.createQuery(
                        "select r.rating from ChannelRating r where r.channel.code = :channel"
                                + " and r.materialType.code = :type",
                        Rating.class)
                .setParameter("channel", channelCode)
                .setParameter("type", materialTypeCode)
                .getResultStream()
                .findFirst()
                .orElse(UNRATED);
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
        for (ChannelRating cell : em.createQuery("select r from ChannelRating r", ChannelRating.class)
                .getResultList()) {
            Map<String, Rating> row = matrix.get(cell.getChannel().getCode());
            if (row != null) {
                row.put(cell.getMaterialType().getCode(), cell.getRating());
            }
        }
        return matrix;
    }

    /** A channel's strategy as the communicators' form or a client sends it. */
    public record ChannelDetails(
            String code,
            Map<String, String> names,
            String address,
            String audience,
            String targetGroup,
            String contentStrategy,
            String avoid,
            String worksWell,
            String tone,
            String frequency,
            Integer maxPostsPerDay,
            String whenToPost,
            String sponsoringBudget,
            int sortOrder) {}

    public Channel channelById(long id) {
        return Optional.ofNullable(em.find(Channel.class, id))
                .orElseThrow(() -> PortalException.notFound("policy.channel.notFound", id));
    }

    public MaterialType materialTypeById(long id) {
        return Optional.ofNullable(em.find(MaterialType.class, id))
                .orElseThrow(() -> PortalException.notFound("policy.materialType.notFound", id));
    }

    /** Creates a channel ({@code id} null) or changes one; {@code expectedVersion} guards against lost updates. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public Channel saveChannel(Long id, long expectedVersion, ChannelDetails details) {
        if (details == null) {
            throw PortalException.invalidField("name_sv", "policy.channel.name.required");
        }
        if (details.maxPostsPerDay() != null && details.maxPostsPerDay() < 1) {
            throw PortalException.invalidField("maxPostsPerDay", "policy.channel.maxPostsPerDay.positive");
        }
        Channel channel;
        if (id == null) {
            String code = code(details.code(), "[A-Z0-9_]{1,40}", "policy.channel.code.pattern");
            if (channel(code).isPresent()) {
                throw PortalException.invalidField("code", "policy.channel.code.taken", code);
            }
            channel = new Channel(code, details.names(), details.sortOrder());
            em.persist(channel);
        } else {
            channel = channelById(id);
            if (channel.getVersion() != expectedVersion) {
                throw PortalException.conflict("platform.error.conflict");
            }
            channel.rename(details.names());
            channel.setSortOrder(details.sortOrder());
        }
        channel.setAddress(blankToNull(details.address()));
        channel.setAudience(blankToNull(details.audience()));
        channel.setTargetGroup(blankToNull(details.targetGroup()));
        channel.setContentStrategy(blankToNull(details.contentStrategy()));
        channel.setAvoid(blankToNull(details.avoid()));
        channel.setWorksWell(blankToNull(details.worksWell()));
        channel.setTone(blankToNull(details.tone()));
        channel.setFrequency(blankToNull(details.frequency()));
        channel.setMaxPostsPerDay(details.maxPostsPerDay());
        channel.setWhenToPost(blankToNull(details.whenToPost()));
        channel.setSponsoringBudget(blankToNull(details.sponsoringBudget()));
        return channel;
    }

    /**
     * Creates a material type ({@code id} null) or renames one; {@code names} by language code, at
     * least one. New types are unrated ("occurs") in every channel.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public MaterialType saveMaterialType(
            Long id, long expectedVersion, String code, Map<String, String> names, boolean debateProne, int sortOrder) {
        MaterialType type;
        if (id == null) {
            String checked = code(code, "[A-Z0-9_]{2,40}", "policy.materialType.code.pattern");
            if (materialType(checked).isPresent()) {
                throw PortalException.invalidField("code", "policy.materialType.code.taken", checked);
            }
            type = new MaterialType(checked, names, debateProne, sortOrder);
            em.persist(type);
            return type;
        }
        type = materialTypeById(id);
        if (type.getVersion() != expectedVersion) {
            throw PortalException.conflict("platform.error.conflict");
        }
        type.rename(names);
        type.setDebateProne(debateProne);
        type.setSortOrder(sortOrder);
        return type;
    }

    /** Sets one cell of the matrix. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public void rate(String channelCode, String materialTypeCode, Rating rating) {
        if (rating == null) {
            throw PortalException.invalidField("rating", "policy.rating.required");
        }
        Channel channel = channel(channelCode)
                .orElseThrow(() -> PortalException.notFound("policy.channel.notFound", channelCode));
        MaterialType type = materialType(materialTypeCode)
                .orElseThrow(() -> PortalException.notFound("policy.materialType.notFound", materialTypeCode));
        Optional<ChannelRating> cell = em.createQuery(
                        "select r from ChannelRating r where r.channel = :channel" + " and r.materialType = :type",
                        ChannelRating.class)
                .setParameter("channel", channel)
                .setParameter("type", type)
                .getResultStream()
                .findFirst();
        if (cell.isPresent()) {
            cell.get().setRating(rating);
        } else {
            em.persist(new ChannelRating(channel, type, rating));
        }
    }

    /** Sets a whole matrix at once (channel code → type code → rating), as the edit page saves it. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public void rateAll(Map<String, Map<String, Rating>> matrix) {
        matrix.forEach((channelCode, row) -> row.forEach((typeCode, rating) -> rate(channelCode, typeCode, rating)));
    }

    private static String code(String code, String pattern, String key) {
        String trimmed = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!trimmed.matches(pattern)) {
            throw PortalException.invalidField("code", key);
        }
        return trimmed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
