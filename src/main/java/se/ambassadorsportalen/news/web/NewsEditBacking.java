package se.ambassadorsportalen.news.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import se.ambassadorsportalen.news.boundary.NewsItems;
import se.ambassadorsportalen.news.entity.NewsDraft;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsTopic;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;

/**
 * Writing an item: saving it as a draft, publishing it, and its photo. A new item is saved first
 * (the photo belongs to a saved item); publishing saves the text too and ends on the item's page.
 */
@Named
@ViewScoped
public class NewsEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "newsForm";

    @Inject
    NewsItems items;

    @Inject
    Organisation organisation;

    private Long id;
    private long lockVersion;
    private boolean published;
    private boolean hasImage;
    private String title;
    private String body;
    private NewsTopic topic;
    private String brand;
    private List<Long> audience = new ArrayList<>();
    private String imageAlt;
    private List<Organisation.UnitOutline> units;
    private final LazyPage<NewsItem> all = LazyPage.of(request -> items.all(request));

    public void load() {
        if (id == null) {
            return;
        }
        NewsItem item = items.forEditing(id);
        lockVersion = item.getVersion();
        published = item.isPublished();
        hasImage = item.isHasImage();
        title = item.getTitle();
        body = item.getBody();
        topic = item.getTopic();
        brand = item.getBrand();
        audience = new ArrayList<>(item.getAudienceUnitIds());
    }

    public void save() {
        try {
            NewsItems.Saved saved = write();
            FacesMessages.info(saved.htmlRemoved() ? "news.saved.htmlRemoved" : "news.saved");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
        }
    }

    public void publish() {
        NewsItem item;
        try {
            write();
            item = items.publish(id, lockVersion);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
            return;
        }
        FacesMessages.flashInfo("news.published", item.getTitle());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/news/item.xhtml?id=" + item.getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NewsItems.Saved write() {
        NewsDraft draft = new NewsDraft(title, body, topic, brand, new HashSet<>(audience));
        NewsItems.Saved saved = id == null ? items.create(draft) : items.update(id, lockVersion, draft);
        id = saved.item().getId();
        lockVersion = saved.item().getVersion();
        body = saved.item().getBody();
        return saved;
    }

    public void upload(FileUploadEvent event) {
        try {
            NewsItem item = items.attachImage(id, event.getFile().getContent(), imageAlt);
            lockVersion = item.getVersion();
            hasImage = true;
            imageAlt = null;
            FacesMessages.info("news.image.added");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
        }
    }

    public void removeImage() {
        lockVersion = items.removeImage(id).getVersion();
        hasImage = false;
    }

    public List<Organisation.UnitOutline> getUnits() {
        if (units == null) {
            units = organisation.unitOutlines();
        }
        return units;
    }

    public LazyPage<NewsItem> getAll() {
        return all;
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isHasImage() {
        return hasImage;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public NewsTopic getTopic() {
        return topic;
    }

    public void setTopic(NewsTopic topic) {
        this.topic = topic;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public List<Long> getAudience() {
        return audience;
    }

    public void setAudience(List<Long> audience) {
        this.audience = audience == null ? new ArrayList<>() : audience;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }
}
