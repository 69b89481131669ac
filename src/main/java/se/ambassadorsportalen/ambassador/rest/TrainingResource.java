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

    public record ModuleView(long id, String title, List<String> purposes, String quizQuestion, List<String> quizOptions) {
        static ModuleView of(TrainingModule m) {
            return new ModuleView(m.getId(), m.getTitle(), m.getPurposes().stream().map(Enum::name).sorted().toList(),
                    m.getQuizQuestion(), m.getQuizOptionList());
        }
    }

    public record Answer(Integer answer) {
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
        trainings.complete(id, answer == null ? null : answer.answer());
        return Response.noContent().build();
    }
}
