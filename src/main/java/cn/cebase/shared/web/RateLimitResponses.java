package cn.cebase.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * A client of a {@link RateLimited} operation learns from the API description that it may be told
 * to wait: 429 with {@code Retry-After} and a problem detail, as {@link RateLimitInterceptor} answers.
 */
@Component
class RateLimitResponses implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		RateLimited limited = handlerMethod.getMethodAnnotation(RateLimited.class);
		if (limited == null) {
			return operation;
		}
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem detail");
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema().description("何时可再试，为何限制（?lang=en 为英文）"));
		problem.addProperty("code", new StringSchema());
		problem.addProperty("reason", new StringSchema());
		problem.addProperty("retryAfterSeconds", new IntegerSchema());
		ApiResponse tooMany = new ApiResponse()
			.description("同一地址请求过于频繁（限额 " + limited.value() + "，见 cebase.rate-limits），请按 Retry-After 等待后再试")
			.addHeaderObject("Retry-After", new Header().description("秒").schema(new IntegerSchema()))
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(problem)));
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses().addApiResponse("429", tooMany);
		return operation;
	}
}
