package se.ambassadorsportalen.policy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;
import se.ambassadorsportalen.policy.boundary.ChannelGuide.ChannelDetails;
import se.ambassadorsportalen.policy.entity.Channel;
import se.ambassadorsportalen.policy.entity.MaterialType;
import se.ambassadorsportalen.policy.entity.Rating;

/**
 * The communicators' editor of the channel guide: the matrix as one form, one channel's
 * strategy, and one material type. Each form keeps what was typed when it is refused.
 */
@Named
@ViewScoped
public class ChannelEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChannelGuide guide;

    /** Channel code → material type code → rating name, bound to the matrix's menus. */
    private Map<String, Map<String, String>> matrix;

    private Long channelId;
    private long channelVersion;
    private String channelCode;
    private String channelName;
    private String address;
    private String audience;
    private String targetGroup;
    private String contentStrategy;
    private String avoid;
    private String worksWell;
    private String tone;
    private String frequency;
    private Integer maxPostsPerDay;
    private String whenToPost;
    private String sponsoringBudget;
    private int channelSortOrder;

    private Long typeId;
    private long typeVersion;
    private String typeCode;
    private String nameSv;
    private String nameEn;
    private boolean debateProne;
    private int typeSortOrder;

    @PostConstruct
    void init() {
        loadMatrix();
    }

    private void loadMatrix() {
        matrix = new LinkedHashMap<>();
        guide.matrix().forEach((channel, row) -> {
            Map<String, String> names = new HashMap<>();
            row.forEach((type, rating) -> names.put(type, rating.name()));
            matrix.put(channel, names);
        });
    }

    public void saveMatrix() {
        try {
            Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
            matrix.forEach((channel, row) -> {
                Map<String, Rating> cells = new LinkedHashMap<>();
                row.forEach((type, name) -> cells.put(type, name == null ? null : Rating.valueOf(name)));
                ratings.put(channel, cells);
            });
            guide.rateAll(ratings);
            loadMatrix();
            FacesMessages.info("policy.matrix.saved");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "matrixForm");
        }
    }

    public void newChannel() {
        channelId = null;
        channelVersion = 0;
        channelCode = channelName = address = audience = targetGroup = contentStrategy = avoid = worksWell = null;
        tone = frequency = whenToPost = sponsoringBudget = null;
        maxPostsPerDay = null;
        channelSortOrder = getChannels().size();
    }

    public void editChannel(Channel chosen) {
        Channel channel = guide.channelById(chosen.getId());
        channelId = channel.getId();
        channelVersion = channel.getVersion();
        channelCode = channel.getCode();
        channelName = channel.getName();
        address = channel.getAddress();
        audience = channel.getAudience();
        targetGroup = channel.getTargetGroup();
        contentStrategy = channel.getContentStrategy();
        avoid = channel.getAvoid();
        worksWell = channel.getWorksWell();
        tone = channel.getTone();
        frequency = channel.getFrequency();
        maxPostsPerDay = channel.getMaxPostsPerDay();
        whenToPost = channel.getWhenToPost();
        sponsoringBudget = channel.getSponsoringBudget();
        channelSortOrder = channel.getSortOrder();
    }

    public void saveChannel() {
        try {
            Channel saved = guide.saveChannel(channelId, channelVersion, new ChannelDetails(channelCode, channelName,
                    address, audience, targetGroup, contentStrategy, avoid, worksWell, tone, frequency, maxPostsPerDay,
                    whenToPost, sponsoringBudget, channelSortOrder));
            editChannel(saved);
            loadMatrix();
            FacesMessages.info("policy.channel.saved", saved.getName());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "channelForm");
        }
    }

    public void newType() {
        typeId = null;
        typeVersion = 0;
        typeCode = nameSv = nameEn = null;
        debateProne = false;
        typeSortOrder = getMaterialTypes().size();
    }

    public void editType(MaterialType chosen) {
        MaterialType type = guide.materialTypeById(chosen.getId());
        typeId = type.getId();
        typeVersion = type.getVersion();
        typeCode = type.getCode();
        nameSv = type.getNameSv();
        nameEn = type.getNameEn();
        debateProne = type.isDebateProne();
        typeSortOrder = type.getSortOrder();
    }

    public void saveType() {
        try {
            MaterialType saved = guide.saveMaterialType(typeId, typeVersion, typeCode, nameSv, nameEn, debateProne,
                    typeSortOrder);
            editType(saved);
            loadMatrix();
            FacesMessages.info("policy.materialType.saved", saved.getNameSv());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "typeForm");
        }
    }

    public List<Channel> getChannels() {
        return guide.channels();
    }

    public List<MaterialType> getMaterialTypes() {
        return guide.materialTypes();
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public Map<String, Map<String, String>> getMatrix() {
        return matrix;
    }

    public boolean isEditingChannel() {
        return channelId != null;
    }

    public boolean isEditingType() {
        return typeId != null;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public void setChannelCode(String channelCode) {
        this.channelCode = channelCode;
    }

    public String getChannelName() {
        return channelName;
    }

    public void setChannelName(String channelName) {
        this.channelName = channelName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getContentStrategy() {
        return contentStrategy;
    }

    public void setContentStrategy(String contentStrategy) {
        this.contentStrategy = contentStrategy;
    }

    public String getAvoid() {
        return avoid;
    }

    public void setAvoid(String avoid) {
        this.avoid = avoid;
    }

    public String getWorksWell() {
        return worksWell;
    }

    public void setWorksWell(String worksWell) {
        this.worksWell = worksWell;
    }

    public String getTone() {
        return tone;
    }

    public void setTone(String tone) {
        this.tone = tone;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public Integer getMaxPostsPerDay() {
        return maxPostsPerDay;
    }

    public void setMaxPostsPerDay(Integer maxPostsPerDay) {
        this.maxPostsPerDay = maxPostsPerDay;
    }

    public String getWhenToPost() {
        return whenToPost;
    }

    public void setWhenToPost(String whenToPost) {
        this.whenToPost = whenToPost;
    }

    public String getSponsoringBudget() {
        return sponsoringBudget;
    }

    public void setSponsoringBudget(String sponsoringBudget) {
        this.sponsoringBudget = sponsoringBudget;
    }

    public int getChannelSortOrder() {
        return channelSortOrder;
    }

    public void setChannelSortOrder(int channelSortOrder) {
        this.channelSortOrder = channelSortOrder;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isDebateProne() {
        return debateProne;
    }

    public void setDebateProne(boolean debateProne) {
        this.debateProne = debateProne;
    }

    public int getTypeSortOrder() {
        return typeSortOrder;
    }

    public void setTypeSortOrder(int typeSortOrder) {
        this.typeSortOrder = typeSortOrder;
    }
}
