package se.ambassadorsportalen.followup.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.ambassadorsportalen.followup.boundary.ChannelFollowup;
import se.ambassadorsportalen.followup.entity.ChannelPeriod;
import se.ambassadorsportalen.platform.web.ScriptSafeJson;

/**
 * A channel's trend as Chart.js JSON for {@code p:chart}: the figure as bars per period and the
 * target as a dashed line. Labels and names pass through {@link ScriptSafeJson}, since PrimeFaces
 * writes the model into an inline script.
 */
final class FollowupCharts {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private FollowupCharts() {}

    static String trend(
            List<ChannelFollowup.TrendPoint> points,
            Function<ChannelPeriod, Number> figure,
            Number target,
            String figureLabel,
            String targetLabel,
            String axis) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        JsonArrayBuilder targets = JSON.createArrayBuilder();
        for (ChannelFollowup.TrendPoint point : points) {
            labels.add(point.period().start().toString());
            Number value = point.figures() == null ? null : figure.apply(point.figures());
            if (value == null) {
                values.addNull();
            } else {
                values.add(value.doubleValue());
            }
            if (target == null) {
                targets.addNull();
            } else {
                targets.add(target.doubleValue());
            }
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", figureLabel)
                        .add("data", values)
                        .add("backgroundColor", "#1b4f72")
                        .add("order", 2));
        if (target != null) {
            datasets.add(JSON.createObjectBuilder()
                    .add("type", "line")
                    .add("label", targetLabel)
                    .add("data", targets)
                    .add("borderColor", "#6e2c00")
                    .add("backgroundColor", "#6e2c00")
                    .add("borderDash", JSON.createArrayBuilder().add(8).add(4))
                    .add("pointRadius", 0)
                    .add("fill", false)
                    .add("order", 1));
        }
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("animation", false)
                .add(
                        "scales",
                        JSON.createObjectBuilder()
                                .add(
                                        "y",
                                        JSON.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "title",
                                                        JSON.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", axis))))
                .add(
                        "plugins",
                        JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("display", true)));
        return ScriptSafeJson.of(JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build());
    }
}
