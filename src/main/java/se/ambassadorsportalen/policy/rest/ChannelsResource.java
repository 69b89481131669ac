package se.ambassadorsportalen.policy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.api.Rating;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;
import se.ambassadorsportalen.policy.entity.Channel;
import se.ambassadorsportalen.policy.entity.MaterialType;

/** The channel guide for the intranet's other systems: each channel's strategy and its row of the material-type matrix. */
@Path("channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class ChannelsResource {

    /** A material type's rating in a channel, with the word for it so that no client needs the colour. */
    public record Cell(String materialType, String name, String rating) {}

    public record ChannelView(
            String code,
            String name,
            String address,
            String audience,
            String targetGroup,
            String content,
            String avoid,
            String worksWell,
            String tone,
            String frequency,
            Integer maxPostsPerDay,
            String whenToPost,
            String sponsoringBudget,
            List<Cell> materialTypes) {}

    @Inject
    ChannelGuide guide;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "Channels with their strategy and material-type matrix (GREEN common, YELLOW occurs, RED rare)")
    public List<ChannelView> channels() {
        Locale locale =
                headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
        Map<String, MaterialType> types = new LinkedHashMap<>();
        guide.materialTypes().forEach(type -> types.put(type.getCode(), type));
        Map<String, Map<String, Rating>> matrix = guide.matrix();
        return guide.channels().stream()
                .map(channel -> view(channel, types, matrix.get(channel.getCode()), locale))
                .toList();
    }

    private static ChannelView view(
            Channel c, Map<String, MaterialType> types, Map<String, Rating> row, Locale locale) {
        List<Cell> cells = types.values().stream()
                .map(type -> new Cell(
                        type.getCode(),
                        type.name(locale),
                        row.getOrDefault(type.getCode(), ChannelGuide.UNRATED).name()))
                .toList();
        return new ChannelView(
                c.getCode(),
                c.name(locale),
                c.getAddress(),
                c.getAudience(),
                c.getTargetGroup(),
                c.getContentStrategy(),
                c.getAvoid(),
                c.getWorksWell(),
                c.getTone(),
                c.getFrequency(),
                c.getMaxPostsPerDay(),
                c.getWhenToPost(),
                c.getSponsoringBudget(),
                cells);
    }
}
