package se.ambassadorsportalen.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.policy.api.Rating;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;
import se.ambassadorsportalen.policy.entity.Channel;
import se.ambassadorsportalen.policy.entity.MaterialType;

/** The channel guide page: the material-type matrix and each channel's strategy, read once per request. */
@Named
@RequestScoped
public class ChannelGuideBacking {

    @Inject
    ChannelGuide guide;

    private List<Channel> channels;
    private List<MaterialType> materialTypes;
    private Map<String, Map<String, Rating>> matrix;

    public List<Channel> getChannels() {
        if (channels == null) {
            channels = guide.channels();
        }
        return channels;
    }

    public List<MaterialType> getMaterialTypes() {
        if (materialTypes == null) {
            materialTypes = guide.materialTypes();
        }
        return materialTypes;
    }

    public Rating rating(String channelCode, String materialTypeCode) {
        if (matrix == null) {
            matrix = guide.matrix();
        }
        return matrix.getOrDefault(channelCode, Map.of()).getOrDefault(materialTypeCode, ChannelGuide.UNRATED);
    }

    /** The icon that goes with the word, never instead of it. */
    public String icon(Rating rating) {
        return switch (rating) {
            case GREEN -> "pi pi-check-circle";
            case YELLOW -> "pi pi-minus-circle";
            case RED -> "pi pi-times-circle";
        };
    }
}
