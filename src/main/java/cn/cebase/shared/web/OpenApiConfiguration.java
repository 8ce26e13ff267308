package cn.cebase.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs: what it is and how a program signs in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI ceBaseOpenApi() {
		return new OpenAPI()
			.info(new Info().title("CE-Base API 专业技术人员继续教育基地管理平台")
				.version("v1")
				.description("同一套权限与数据范围规则下的页面之外的第二道门。程序可用 HTTP Basic 认证；"
						+ "错误以 RFC 9457 problem detail 返回，detail 为中文（?lang=en 为英文）。"))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}
