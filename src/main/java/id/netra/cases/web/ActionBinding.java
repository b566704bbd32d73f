// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.domain.ActionDeclarations.Declaration;
import id.netra.cases.domain.ActionRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an action's request, whatever the action, into the record its declaration names: from the API's JSON body
 * or from the case page's form, so both paths are validated and performed identically.
 */
@Component
class ActionBinding {

    private final JsonMapper json;
    private final Validator validator;

    ActionBinding(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @throws IllegalArgumentException when the body cannot be read as the action's request (a malformed date...) */
    ActionRequest fromJson(Declaration declaration, JsonNode body) {
        ObjectNode object;
        if (body == null || body.isNull() || body.isMissingNode()) {
            object = json.createObjectNode();
        } else if (body instanceof ObjectNode given) {
            object = given;
        } else {
            throw new IllegalArgumentException("an action's body is a JSON object");
        }
        if (!object.has("documents") || object.get("documents").isNull()) {
            object.putArray("documents");
        }
        try {
            return json.treeToValue(object, declaration.requestType());
        } catch (JacksonException unreadable) {
            throw new IllegalArgumentException(unreadable.getOriginalMessage(), unreadable);
        }
    }

    /** Documents are typed one per line; empty fields are absent. */
    ActionRequest fromForm(Declaration declaration, MultiValueMap<String, String> form) {
        Map<String, Object> values = new HashMap<>();
        form.forEach((name, given) -> {
            if (name.equals("documents")) {
                values.put(name, given.stream().flatMap(text -> Arrays.stream(text.split("\\R")))
                        .map(String::strip).filter(line -> !line.isEmpty()).toList());
            } else if (!name.startsWith("_") && !given.isEmpty() && !given.get(0).isBlank()) {
                values.put(name, given.get(0).strip());
            }
        });
        values.putIfAbsent("documents", List.of());
        try {
            return json.convertValue(values, declaration.requestType());
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
        }
    }

    /** The request's field errors, by field name, with their messages in the user's language. */
    List<FieldError> validate(ActionRequest request, String objectName) {
        return validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<ActionRequest> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(objectName, v.getPropertyPath().toString(), v.getInvalidValue(), false,
                        null, null, v.getMessage()))
                .toList();
    }
}
