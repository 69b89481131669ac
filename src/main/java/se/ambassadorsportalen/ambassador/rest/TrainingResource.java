package se.ambassadorsportalen.ambassador.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.ambassador.boundary.Trainings;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;

/** Training modules and completing them. */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    /** A quiz question as ambassadors see it: without the right answer. */
    public record QuestionView(String question, List<String> options) {}

    /** A module; {@code neededRight} is how many of its questions must be answered right (0 without a quiz). */
    public record ModuleView(
            long id, String title, List<String> purposes, List<QuestionView> questions, int neededRight) {
        static ModuleView of(TrainingModule m) {
            return new ModuleView(
                    m.getId(),
                    m.getTitle(),
                    m.getPurposes().stream().map(Enum::name).sorted().toList(),
                    m.getQuizQuestions().stream()
                            .map(q -> new QuestionView(q.getQuestion(), q.getOptions()))
                            .toList(),
                    m.getNeededRight());
        }
    }

    /**
     * The chosen option (index from 0) of each question, in order. {@code answer} alone is still
     * taken for a one-question quiz, as before there could be several.
     */
    public record Answer(List<Integer> answers, Integer answer) {

        List<Integer> chosen() {
            if (answers != null) {
                return answers;
            }
            return answer == null ? List.of() : List.of(answer);
        }
    }

    @Inject
    Trainings trainings;

    @GET
    @Path("modules")
    @RolesAllowed({"EMPLOYEE", "COMMUNICATOR"})
    @Operation(summary = "The training modules")
    public List<ModuleView> modules() {
        return trainings.modules().stream().map(ModuleView::of).toList();
    }

    @POST
    @Path("modules/{id}/completion")
    @RolesAllowed("EMPLOYEE")
    @Operation(summary = "Complete a module (answer its quiz, if it has one)")
    public Response complete(@PathParam("id") long id, Answer answer) {
        trainings.complete(id, answer == null ? List.of() : answer.chosen());
        return Response.noContent().build();
    }
}
