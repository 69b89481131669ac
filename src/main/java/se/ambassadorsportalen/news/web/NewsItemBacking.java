package se.ambassadorsportalen.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.ambassadorsportalen.news.boundary.NewsItems;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.platform.PortalException;

/** One news item; a draft or an item for other units shows the not-found page. */
@Named
@RequestScoped
public class NewsItemBacking {

    @Inject
    NewsItems items;

    private Long id;
    private NewsItem item;

    public void load() throws IOException {
        try {
            item = id == null ? null : items.item(id);
        } catch (PortalException e) {
            item = null;
        }
        if (item == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<String> getAudience() {
        return items.unitNames(item.getAudienceUnitIds());
    }

    public NewsItem getItem() {
        return item;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
