package se.ambassadorsportalen.press.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.platform.web.PickedById;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.boundary.Spokespeople.RuleDetails;
import se.ambassadorsportalen.press.entity.OnCallShift;
import se.ambassadorsportalen.press.entity.RoutingRule;
import se.ambassadorsportalen.press.entity.RuleCondition;
import se.ambassadorsportalen.press.entity.RuleTarget;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * What the look-up routes by, kept as data on one page: the topic vocabulary with its synonyms
 * (press officers and communicators), the routing rules and their order (communicators change
 * them, press officers read them), and the on-call rota (both). Every change reaches the look-up
 * at once.
 */
@Named
@ViewScoped
public class RoutingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Spokespeople spokespeople;

    private LazyPage<Topic> topics;
    private Long topicId;
    private long topicVersion;
    private String topicCode;
    private String topicName;
    private String topicArea;
    private String topicSynonyms;

    /**
     * A routing rule as the table shows it. The view keeps these, not the rules: an entity would
     * keep the persistence context that read it alive with the view. A row's buttons name the rule
     * by its id; editing reads the rule again and keeps the version it must check.
     */
    public record RuleRow(long id, int position, RuleCondition condition, List<RuleTarget> targets, boolean active)
            implements Serializable {

        static RuleRow of(RoutingRule rule) {
            return new RuleRow(
                    rule.getId(),
                    rule.getPosition(),
                    rule.getCondition(),
                    List.copyOf(rule.targetList()),
                    rule.isActive());
        }
    }

    private List<RuleRow> rules;
    private Long ruleId;
    private long ruleVersion;
    private RuleCondition ruleCondition;
    private RuleTarget firstTarget;
    private RuleTarget secondTarget;
    private RuleTarget thirdTarget;
    private boolean ruleActive = true;

    private LazyPage<OnCallShift> rota;
    private final PickedById<Spokesperson> shiftOf = PickedById.of(id -> this.spokespeople.spokesperson(id));
    private LocalDateTime shiftStarts;
    private LocalDateTime shiftEnds;

    @PostConstruct
    void init() {
        topics = LazyPage.of(request -> spokespeople.topicPage(request));
        rota = LazyPage.of(request -> spokespeople.rotaPage(request));
    }

    // ----- topics -----

    public void editTopic(Topic row) {
        Topic topic = spokespeople.topic(row.getId());
        topicId = topic.getId();
        topicVersion = topic.getVersion();
        topicCode = topic.getCode();
        topicName = topic.getName();
        topicArea = topic.getAreaCode();
        topicSynonyms = String.join(", ", topic.synonymList());
    }

    public void newTopic() {
        topicId = null;
        topicVersion = 0;
        topicCode = null;
        topicName = null;
        topicArea = null;
        topicSynonyms = null;
    }

    public void saveTopic() {
        try {
            Topic saved = spokespeople.saveTopic(
                    topicId, topicVersion, topicCode, topicName, topicArea, Topic.synonymsTyped(topicSynonyms));
            editTopic(saved);
            FacesMessages.info("press.topic.saved", saved.getName());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "topicForm");
        }
    }

    public boolean isEditingTopic() {
        return topicId != null;
    }

    public List<Unit> getAreas() {
        return spokespeople.areas();
    }

    // ----- rules -----

    public List<RuleRow> getRules() {
        if (rules == null) {
            rules = spokespeople.rules().stream().map(RuleRow::of).toList();
        }
        return rules;
    }

    public void editRule(RuleRow row) {
        fill(spokespeople.rule(row.id()));
    }

    private void fill(RoutingRule rule) {
        ruleId = rule.getId();
        ruleVersion = rule.getVersion();
        ruleCondition = rule.getCondition();
        List<RuleTarget> targets = rule.targetList();
        firstTarget = targets.isEmpty() ? null : targets.get(0);
        secondTarget = targets.size() < 2 ? null : targets.get(1);
        thirdTarget = targets.size() < 3 ? null : targets.get(2);
        ruleActive = rule.isActive();
    }

    public void newRule() {
        ruleId = null;
        ruleVersion = 0;
        ruleCondition = null;
        firstTarget = null;
        secondTarget = null;
        thirdTarget = null;
        ruleActive = true;
    }

    public void saveRule() {
        try {
            List<RuleTarget> targets = Stream.of(firstTarget, secondTarget, thirdTarget)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            RoutingRule saved =
                    spokespeople.saveRule(ruleId, ruleVersion, new RuleDetails(ruleCondition, targets, ruleActive));
            rules = null;
            fill(saved);
            FacesMessages.info("press.rules.saved", saved.getPosition());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "ruleForm");
        }
    }

    public void moveRule(RuleRow rule, boolean up) {
        ruleAction(() -> spokespeople.moveRule(rule.id(), up));
    }

    public void toggleRule(RuleRow rule) {
        ruleAction(() -> spokespeople.toggleRule(rule.id()));
    }

    public void removeRule(RuleRow rule) {
        ruleAction(() -> spokespeople.removeRule(rule.id()));
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            if (Objects.equals(ruleId, rule.id())) {
                newRule();
            }
            FacesMessages.info("press.rules.removed");
        }
    }

    private void ruleAction(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
        rules = null;
    }

    public String targetLabels(RuleRow rule) {
        return rule.targets().stream()
                .map(t -> targetKey(t.name()))
                .map(FacesMessages::text)
                .collect(Collectors.joining(" → "));
    }

    private static String targetKey(String target) {
        return "press.rule.target." + target;
    }

    public RuleCondition[] getConditions() {
        return RuleCondition.values();
    }

    public RuleTarget[] getTargets() {
        return RuleTarget.values();
    }

    public boolean isEditingRule() {
        return ruleId != null;
    }

    // ----- on-call rota -----

    public void addShift() {
        try {
            if (shiftOf.id() == null) {
                FacesMessages.error("shiftForm:shiftOf", "press.onCall.spokespersonRequired");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            OnCallShift added =
                    spokespeople.addOnCall(shiftOf.id(), PortalTime.typed(shiftStarts), PortalTime.typed(shiftEnds));
            FacesMessages.info("press.rota.added", added.getSpokesperson().getDisplayName());
            shiftOf.set(null);
            shiftStarts = null;
            shiftEnds = null;
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "shiftForm");
        }
    }

    public void removeShift(OnCallShift shift) {
        spokespeople.removeOnCall(shift.getId());
        FacesMessages.info("press.rota.removed");
    }

    // ----- properties -----

    public LazyPage<Topic> getTopics() {
        return topics;
    }

    public LazyPage<OnCallShift> getRota() {
        return rota;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public void setTopicCode(String topicCode) {
        this.topicCode = topicCode;
    }

    public String getTopicName() {
        return topicName;
    }

    public void setTopicName(String topicName) {
        this.topicName = topicName;
    }

    public String getTopicArea() {
        return topicArea;
    }

    public void setTopicArea(String topicArea) {
        this.topicArea = topicArea;
    }

    public String getTopicSynonyms() {
        return topicSynonyms;
    }

    public void setTopicSynonyms(String topicSynonyms) {
        this.topicSynonyms = topicSynonyms;
    }

    public RuleCondition getRuleCondition() {
        return ruleCondition;
    }

    public void setRuleCondition(RuleCondition ruleCondition) {
        this.ruleCondition = ruleCondition;
    }

    public RuleTarget getFirstTarget() {
        return firstTarget;
    }

    public void setFirstTarget(RuleTarget firstTarget) {
        this.firstTarget = firstTarget;
    }

    public RuleTarget getSecondTarget() {
        return secondTarget;
    }

    public void setSecondTarget(RuleTarget secondTarget) {
        this.secondTarget = secondTarget;
    }

    public RuleTarget getThirdTarget() {
        return thirdTarget;
    }

    public void setThirdTarget(RuleTarget thirdTarget) {
        this.thirdTarget = thirdTarget;
    }

    public boolean isRuleActive() {
        return ruleActive;
    }

    public void setRuleActive(boolean ruleActive) {
        this.ruleActive = ruleActive;
    }

    public Spokesperson getShiftOf() {
        return shiftOf.get();
    }

    public void setShiftOf(Spokesperson shiftOf) {
        this.shiftOf.set(shiftOf);
    }

    public LocalDateTime getShiftStarts() {
        return shiftStarts;
    }

    public void setShiftStarts(LocalDateTime shiftStarts) {
        this.shiftStarts = shiftStarts;
    }

    public LocalDateTime getShiftEnds() {
        return shiftEnds;
    }

    public void setShiftEnds(LocalDateTime shiftEnds) {
        this.shiftEnds = shiftEnds;
    }
}
