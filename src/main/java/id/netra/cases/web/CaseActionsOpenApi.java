// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.CaseDetails;
import id.netra.cases.domain.ActionDeclarations;
import id.netra.cases.domain.ActionDeclarations.Declaration;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Comparator;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * One typed operation per declared case action in the OpenAPI document: {@code POST
 * /api/v1/cases/{id}/actions/<action>} with the action's request record as its body, generated from the
 * declarations ({@link ActionDeclarations}) so that a new action is documented without anyone writing an endpoint.
 */
@Component
class CaseActionsOpenApi implements OpenApiCustomizer {

    static final String PATH = "/api/v1/cases/{id}/actions/";
    private static final String TAG = "Perkara: tindakan";

    @Override
    public void customise(OpenAPI openApi) {
        boolean v31 = openApi.getOpenapi() != null && openApi.getOpenapi().startsWith("3.1");
        ModelConverters converters = ModelConverters.getInstance(v31);
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Components components = openApi.getComponents();
        String details = register(converters, components, CaseDetails.class);
        ActionDeclarations.all().stream().sorted(Comparator.comparing(Declaration::apiName)).forEach(declaration -> {
            String body = register(converters, components, declaration.requestType());
            openApi.path(PATH + declaration.apiName(), new PathItem().post(operation(declaration, body, details)));
        });
    }

    private static Operation operation(Declaration declaration, String body, String details) {
        return new Operation()
                .operationId("caseAction_" + declaration.apiName().replace('-', '_'))
                .addTagsItem(TAG)
                .summary("Tindakan perkara: " + declaration.apiName())
                .description("Dilakukan oleh: " + declaration.roles() + ". Dari status: "
                        + declaration.moves().stream().map(m -> m.from().name()).distinct().toList() + ".")
                .addParametersItem(new PathParameter().name("id").required(true)
                        .schema(new IntegerSchema().format("int64")))
                .requestBody(new RequestBody().required(false).content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + body)))))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("Perkara setelah tindakan")
                                .content(new Content().addMediaType("application/json",
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + details)))))
                        .addApiResponse("400", new ApiResponse().description("Isian tidak valid"))
                        .addApiResponse("404", new ApiResponse().description("Perkara tidak terlihat"))
                        .addApiResponse("409", new ApiResponse().description("Versi usang atau perubahan bersamaan"))
                        .addApiResponse("422", new ApiResponse().description("Tindakan tidak diizinkan sekarang")));
    }

    /** Adds the type's schema (and those it refers to) to the components; answers its name. */
    @SuppressWarnings("rawtypes")
    private static String register(ModelConverters converters, Components components, Class<?> type) {
        Map<String, Schema> schemas = converters.readAll(new AnnotatedType(type));
        schemas.forEach(components::addSchemas);
        return schemas.keySet().stream().filter(name -> name.equals(type.getSimpleName())).findFirst()
                .orElse(type.getSimpleName());
    }
}
