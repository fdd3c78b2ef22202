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
     * Runs the site, or with {@code load-run} first a bounded load run against it (see {@code LoadRun}).
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8080}
     */
    public static void main(String[] args) {
        if (args.length > 0 && "load-run".equals(args[0])) {
            try {
                LoadRun.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            } catch (IllegalArgumentException e) {
                System.err.println("[load-run] " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        SpringApplication.run(BroadsheetApplication.class, args);
    }
}
