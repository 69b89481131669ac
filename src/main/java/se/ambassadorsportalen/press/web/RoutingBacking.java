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

    private List<RoutingRule> rules;
    private Long ruleId;
    private long ruleVersion;
    private RuleCondition ruleCondition;
    private RuleTarget firstTarget;
    private RuleTarget secondTarget;
    private RuleTarget thirdTarget;
    private boolean ruleActive = true;

    private LazyPage<OnCallShift> rota;
    private Spokesperson shiftOf;
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

    public List<RoutingRule> getRules() {
        if (rules == null) {
            rules = spokespeople.rules();
        }
        return rules;
    }

    public void editRule(RoutingRule row) {
        RoutingRule rule = spokespeople.rule(row.getId());
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
            editRule(saved);
            FacesMessages.info("press.rules.saved", saved.getPosition());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "ruleForm");
        }
    }

    public void moveRule(RoutingRule rule, boolean up) {
        ruleAction(() -> spokespeople.moveRule(rule.getId(), up));
    }

    public void toggleRule(RoutingRule rule) {
        ruleAction(() -> spokespeople.toggleRule(rule.getId()));
    }

    public void removeRule(RoutingRule rule) {
        ruleAction(() -> spokespeople.removeRule(rule.getId()));
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            if (Objects.equals(ruleId, rule.getId())) {
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

    public String targetLabels(RoutingRule rule) {
        return rule.targetList().stream()
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
            if (shiftOf == null) {
                FacesMessages.error("shiftForm:shiftOf", "press.onCall.spokespersonRequired");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            OnCallShift added =
                    spokespeople.addOnCall(shiftOf.getId(), PortalTime.typed(shiftStarts), PortalTime.typed(shiftEnds));
            FacesMessages.info("press.rota.added", added.getSpokesperson().getDisplayName());
            shiftOf = null;
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
        return shiftOf;
    }

    public void setShiftOf(Spokesperson shiftOf) {
        this.shiftOf = shiftOf;
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
