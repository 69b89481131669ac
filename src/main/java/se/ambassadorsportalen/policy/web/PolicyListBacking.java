package se.ambassadorsportalen.policy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.policy.boundary.Policies;
import se.ambassadorsportalen.policy.control.SearchWords;
import se.ambassadorsportalen.policy.entity.PolicyVersion;

/** All documents (their current versions) in a lazy table, and search by words over them. */
@Named
@ViewScoped
public class PolicyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    private LazyPage<PolicyVersion> documents;
    private String query;
    private String searchedFor;

    @PostConstruct
    void init() {
        showAll();
    }

    public void search() {
        try {
            SearchWords.of(query);
            String words = query;
            documents = LazyPage.of(request -> policies.search(words, request));
            searchedFor = query;
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "searchForm");
        }
    }

    public void clear() {
        query = null;
        showAll();
    }

    private void showAll() {
        documents = LazyPage.of(request -> policies.current(request));
        searchedFor = null;
    }

    public LazyPage<PolicyVersion> getDocuments() {
        return documents;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getSearchedFor() {
        return searchedFor;
    }
}
