package dev.broadsheet.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * A news site on Spring Boot built with Broadsheet: pages from a relational database (H2 in a file by default,
 * PostgreSQL with {@code --spring.profiles.active=postgres} or {@code DATABASE_URL}), comments with moderation, a
 * double opt-in newsletter, a moderation queue behind Spring Security's login. See
 * {@code examples/spring-boot/README.md}.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(SiteProperties.class)
public class BroadsheetApplication {

    /**
     * Runs the site.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8080}
     */
    public static void main(String[] args) {
        SpringApplication.run(BroadsheetApplication.class, args);
    }
}
