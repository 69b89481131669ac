package se.ambassadorsportalen.policy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.Language;
import se.ambassadorsportalen.policy.api.Rating;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;
import se.ambassadorsportalen.policy.entity.Channel;
import se.ambassadorsportalen.policy.entity.MaterialType;

/**
 * The communicators' editor of the channel guide: the matrix as one form, one channel's
 * strategy, and one material type. The channel and type forms bind to a {@link ChannelForm} and a
 * {@link MaterialTypeForm}, which hold the fields, the id and the version, not the entities (kept
 * in the view, an entity would keep the persistence context that read it alive); saving sends what
 * was typed to the boundary, and a refused form keeps it. The code, which an entity never changes,
 * and the names per language (a field per interface language, which the entity takes whole through
 * its rename rule) are held here.
 */
@Named
@ViewScoped
public class ChannelEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChannelGuide guide;

    @Inject
    Language language;

    /** Channel code → material type code → rating name, bound to the matrix's menus. */
    private Map<String, Map<String, String>> matrix;

    /** The channel form: what it shows and was typed, by id and version, not the channel itself. */
    private ChannelForm channel;

    private String channelCode;
    private final Map<String, String> channelNames = new HashMap<>();

    private MaterialTypeForm type;
    private String typeCode;
    private final Map<String, String> typeNames = new HashMap<>();

    @PostConstruct
    void init() {
        loadMatrix();
        newChannel();
        newType();
    }

    private void loadMatrix() {
        matrix = new LinkedHashMap<>();
        guide.matrix().forEach((code, row) -> {
            Map<String, String> names = new HashMap<>();
            row.forEach((typeCode, rating) -> names.put(typeCode, rating.name()));
            matrix.put(code, names);
        });
    }

    public void saveMatrix() {
        try {
            Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
            matrix.forEach((code, row) -> {
                Map<String, Rating> cells = new LinkedHashMap<>();
                row.forEach((typeCode, name) -> cells.put(typeCode, name == null ? null : Rating.valueOf(name)));
                ratings.put(code, cells);
            });
            guide.rateAll(ratings);
            loadMatrix();
            FacesMessages.info("policy.matrix.saved");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "matrixForm");
        }
    }

    public void newChannel() {
        channel = ChannelForm.blank(getChannels().size());
        channelCode = null;
        channelNames.clear();
    }

    public void editChannel(Channel chosen) {
        fill(guide.channelById(chosen.getId()));
    }

    private void fill(Channel stored) {
        channel = ChannelForm.of(stored);
        channelCode = stored.getCode();
        channelNames.clear();
        channelNames.putAll(stored.getNames());
    }

    public void saveChannel() {
        try {
            Channel saved = guide.saveChannel(
                    channel.getId(), channel.getVersion(), channel.details(channelCode, channelNames));
            fill(saved);
            loadMatrix();
            FacesMessages.info("policy.channel.saved", saved.name(language.getLocale()));
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "channelForm");
        }
    }

    public void newType() {
        type = MaterialTypeForm.blank(getMaterialTypes().size());
        typeCode = null;
        typeNames.clear();
    }

    public void editType(MaterialType chosen) {
        fill(guide.materialTypeById(chosen.getId()));
    }

    private void fill(MaterialType stored) {
        type = MaterialTypeForm.of(stored);
        typeCode = stored.getCode();
        typeNames.clear();
        typeNames.putAll(stored.getNames());
    }

    public void saveType() {
        try {
            MaterialType saved = guide.saveMaterialType(
                    type.getId(),
                    type.getVersion(),
                    typeCode,
                    new HashMap<>(typeNames),
                    type.isDebateProne(),
                    type.getSortOrder());
            fill(saved);
            loadMatrix();
            FacesMessages.info("policy.materialType.saved", saved.name(language.getLocale()));
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

    /** The interface's languages, a name field each. */
    public List<String> getLanguages() {
        return Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    /** "svenska", "English" ... in the viewer's language, for the field labels. */
    public String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(language.getLocale());
    }

    public Map<String, String> getChannelNames() {
        return channelNames;
    }

    public Map<String, String> getTypeNames() {
        return typeNames;
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public Map<String, Map<String, String>> getMatrix() {
        return matrix;
    }

    /** The channel form: one stored channel's fields, or a new one's. */
    public ChannelForm getChannel() {
        return channel;
    }

    public MaterialTypeForm getType() {
        return type;
    }

    public boolean isEditingChannel() {
        return channel.getId() != null;
    }

    public boolean isEditingType() {
        return type.getId() != null;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public void setChannelCode(String channelCode) {
        this.channelCode = channelCode;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }
}
