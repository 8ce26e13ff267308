package cn.cebase.evaluation.web;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The refusals declared on this package's API operations are RFC 9457 problem details, not the
 * operation's own return type that springdoc would otherwise show for them.
 */
@Component
class ProblemResponses implements OperationCustomizer, OpenApiCustomizer {

	static final String SCHEMA = "Problem";

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		if (operation.getResponses() != null
				&& handlerMethod.getBeanType().getPackageName().equals(ProblemResponses.class.getPackageName())) {
			operation.getResponses().forEach((code, response) -> {
				if (code.startsWith("4")) {
					response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
				}
			});
		}
		return operation;
	}

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		ObjectSchema error = new ObjectSchema();
		error.setProperties(Map.of("field", new StringSchema().description("字段，如 points[1]、text"),
				"code", new StringSchema().description("消息键"), "message", new StringSchema().description("说明")));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem detail；detail 为中文（?lang=en 为英文）");
		problem.addProperty("type", new StringSchema());
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("code", new StringSchema().description("消息键，如 score.locked"));
		problem.addProperty("errors", new ArraySchema().items(error).description("逐项的输入错误（400）"));
		openApi.getComponents().addSchemas(SCHEMA, problem);
	}
}
