package se.ambassadorsportalen.story.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.entity.Story;

/** The caller's own stories, paged in the database. */
@Named
@ViewScoped
public class StoryListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Stories stories;

    private LazyPage<Story> mine;

    @PostConstruct
    void init() {
        mine = LazyPage.of(request -> stories.stories(request, null, true));
    }

    public LazyPage<Story> getMine() {
        return mine;
    }
}
