package se.ambassadorsportalen.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.policy.api.Rating;

/** One cell of the material-type matrix: how common a material type is in a channel. */
@Entity
@Table(name = "channel_rating")
public class ChannelRating extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "channel_id")
    private Channel channel;

    @ManyToOne(optional = false)
    @JoinColumn(name = "material_type_id")
    private MaterialType materialType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Rating rating;

    protected ChannelRating() {}

    public ChannelRating(Channel channel, MaterialType materialType, Rating rating) {
        this.channel = channel;
        this.materialType = materialType;
        this.rating = rating;
    }

    public Channel getChannel() {
        return channel;
    }

    public MaterialType getMaterialType() {
        return materialType;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }
}
