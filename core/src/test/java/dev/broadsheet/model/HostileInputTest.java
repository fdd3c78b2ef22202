package dev.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.broadsheet.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every string setter of every builder, fed hostile values on an otherwise valid builder: the build either
 * succeeds or fails with a ValidationException whose violations name that field. Nothing else may escape.
 */
class HostileInputTest {

    private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

    private static final Map<String, String> HOSTILE = Map.of(
            "blank", " \t\n ",
            "10 MB", TEN_MB,
            "lone high surrogate", "ab\uD800cd",
            "lone low surrogate", "\uDC00",
            "controls", "\u0000\u0001\u001b\u009f",
            "bidi override", "abc\u202Edef",
            "script", "<script>alert(1)</script>",
            "javascript url", "javascript:alert(1)");

    private static final Map<String, Supplier<Object>> BUILDERS = Map.of(
            "Article", () -> Samples.article().toBuilder(),
            "Image", () -> Samples.photo().toBuilder(),
            "Person", () -> Samples.reporter().toBuilder(),
            "Section", () -> Samples.section().toBuilder(),
            "Tag", () -> Tag.of("Tag").toBuilder(),
            "Commenter", () -> Samples.comment().author().toBuilder(),
            "Comment", () -> Samples.comment().toBuilder(),
            "Subscriber", () -> Samples.subscriber().toBuilder());

    @TestFactory
    @Timeout(120)
    List<DynamicTest> everyStringSetterSurvivesHostileInput() {
        List<DynamicTest> tests = new ArrayList<>();
        BUILDERS.forEach((type, fresh) -> {
            for (Method setter : fresh.get().getClass().getMethods()) {
                if (!Modifier.isStatic(setter.getModifiers()) && setter.getParameterCount() == 1
                        && setter.getParameterTypes()[0] == String.class) {
                    for (Map.Entry<String, String> value : HOSTILE.entrySet()) {
                        tests.add(DynamicTest.dynamicTest(type + "." + setter.getName() + "(" + value.getKey() + ")",
                                () -> check(fresh.get(), setter, value.getValue())));
                    }
                    tests.add(DynamicTest.dynamicTest(type + "." + setter.getName() + "(null)",
                            () -> check(fresh.get(), setter, null)));
                }
            }
        });
        assertThat(tests).hasSizeGreaterThan(250);
        return tests;
    }

    private static void check(Object builder, Method setter, String value) throws Exception {
        setter.invoke(builder, value);
        Method build = builder.getClass().getMethod("build");
        try {
            build.invoke(builder);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof ValidationException v)) {
                fail(setter.getName() + " let " + cause + " escape", cause);
                return;
            }
            // adders (addSameAs) report under the list's path, which the value's index follows
            String field = setter.getName().startsWith("add") ? "/" : "/" + setter.getName();
            assertThat(v.violations()).as(v.getMessage().substring(0, Math.min(300, v.getMessage().length())))
                    .allSatisfy(violation -> assertThat(violation.path()).startsWith(field))
                    .isNotEmpty();
            assertThat(v.getMessage().length()).as("message stays short for huge input").isLessThan(20_000);
        }
    }
}
