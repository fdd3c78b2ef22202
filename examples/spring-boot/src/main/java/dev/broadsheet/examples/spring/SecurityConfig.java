package dev.broadsheet.examples.spring;

import dev.broadsheet.render.FormFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;

/**
 * Spring Security: its CSRF protection on every form post, its form login for the moderation queue, its security
 * headers.
 *
 * <ul>
 *   <li>CSRF tokens live in a cookie ({@value #CSRF_COOKIE}, HttpOnly, SameSite=Lax) and are compared with the
 *       form's {@code csrf_token} field — double submit, so any instance accepts a form another instance served,
 *       with no shared session store. Tokens are not masked per response: pages are served uncompressed (no
 *       BREACH), and an unmasked token keeps a reader's page byte-identical between requests, which is what makes
 *       ETags work. Turn on compression and you should switch to the masking handler.</li>
 *   <li>One-click unsubscription ({@code POST /newsletter/unsubscribe}, RFC 8058) is exempt: mail providers post
 *       it with no cookies, and the signed token in the URL is the authorisation.</li>
 *   <li>{@code /moderation/**} needs the role MODERATOR; the user {@code moderator} signs in at
 *       {@code /moderation/login} with {@code broadsheet.moderator-password}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);
    /** The CSRF cookie. */
    static final String CSRF_COOKIE = "bs_csrf";
    /** The moderator's user name. */
    static final String MODERATOR = "moderator";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SiteAccessDenied denied) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setParameterName(FormFields.CSRF_TOKEN);
        tokens.setCookieCustomizer(c -> c.sameSite("Lax").httpOnly(true));
        http.authorizeHttpRequests(a -> a.requestMatchers("/moderation/login").permitAll()
                        .requestMatchers("/moderation", "/moderation/**").hasRole("MODERATOR")
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/moderation/login").defaultSuccessUrl("/moderation", true)
                        .failureUrl("/moderation/login?error"))
                .logout(l -> l.logoutUrl("/moderation/logout").logoutSuccessUrl("/moderation/login?signed-out"))
                .csrf(c -> c.csrfTokenRepository(tokens).csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers("/newsletter/unsubscribe"))
                .headers(h -> h.cacheControl(cc -> cc.disable())
                        .frameOptions(f -> f.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(Pages.PAGE_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .crossOriginOpenerPolicy(o -> o.policy(CrossOriginOpenerPolicyHeaderWriter
                                .CrossOriginOpenerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.accessDeniedHandler(denied));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SiteProperties properties, PasswordEncoder encoder) {
        String password = properties.moderatorPassword();
        if (password == null) {
            password = Keys.randomToken(18);
            LOG.warn("broadsheet.moderator-password is not set; the moderation queue's password for user '{}' is {}",
                    MODERATOR, password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(MODERATOR).password(encoder.encode(password))
                .roles("MODERATOR").build());
    }
}
