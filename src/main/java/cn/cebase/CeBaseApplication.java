package cn.cebase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** CE-Base 专业技术人员继续教育基地管理平台: one modular monolith, see DESIGN.md §4. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class CeBaseApplication {

	public static void main(String[] args) {
		SpringApplication.run(CeBaseApplication.class, args);
	}
}
