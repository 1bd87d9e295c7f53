// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Looks a profile's key up where the profile says: an environment variable, or the OS keychain
 * through the platform's own command-line tool. Nothing about the value is logged or put into a
 * message; a failure names only the profile and the source.
 */
public final class KeyResolver {

    private static final long KEYCHAIN_TIMEOUT_SECONDS = 20;

    private final Function<String, Optional<String>> environment;
    private final String osName;

    public KeyResolver(Function<String, Optional<String>> environment, String osName) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
    }

    public static KeyResolver system() {
        return new KeyResolver(name -> Optional.ofNullable(System.getenv(name)), System.getProperty("os.name", ""));
    }

    /** The key, or empty for a profile without one. */
    public Optional<ApiKey> resolve(EndpointProfile profile) {
        return switch (profile.key()) {
            case KeySource.None none -> Optional.empty();
            case KeySource.EnvironmentVariable variable -> Optional.of(fromEnvironment(profile, variable));
            case KeySource.Keychain keychain -> Optional.of(fromKeychain(profile, keychain));
        };
    }

    private ApiKey fromEnvironment(EndpointProfile profile, KeySource.EnvironmentVariable variable) {
        String value = environment.apply(variable.name()).filter(text -> !text.isBlank())
                .orElseThrow(() -> new KeyUnavailableException("profile '" + profile.name() + "' takes its key from "
                        + variable.describe() + ", which is not set. Export it in this shell (export " + variable.name()
                        + "=...) and run again; Shiftlens never stores keys."));
        return ApiKey.of(value);
    }

    private ApiKey fromKeychain(EndpointProfile profile, KeySource.Keychain keychain) {
        List<String> command;
        if (osName.contains("mac")) {
            command = List.of("security", "find-generic-password", "-s", keychain.service(), "-a", keychain.account(), "-w");
        } else if (osName.contains("linux") || osName.contains("bsd")) {
            command = List.of("secret-tool", "lookup", "service", keychain.service(), "account", keychain.account());
        } else {
            throw new KeyUnavailableException("profile '" + profile.name() + "' takes its key from the OS keychain, which"
                    + " Shiftlens reads only on Linux (secret-tool) and macOS (security). Use \"key\": {\"env\": \"NAME\"} instead.");
        }
        String tool = command.getFirst();
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String value;
            try (InputStream out = process.getInputStream()) {
                value = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!process.waitFor(KEYCHAIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new KeyUnavailableException("profile '" + profile.name() + "': " + tool + " did not answer within "
                        + KEYCHAIN_TIMEOUT_SECONDS + " s (is the keychain locked?); unlock it or use an environment variable.");
            }
            if (process.exitValue() != 0 || value.isEmpty()) {
                throw new KeyUnavailableException("profile '" + profile.name() + "': no " + keychain.describe() + " found by "
                        + tool + ". Store it first, e.g. " + storeHint(tool, keychain) + ".");
            }
            return ApiKey.of(value);
        } catch (IOException e) {
            throw new KeyUnavailableException("profile '" + profile.name() + "' takes its key from the OS keychain, but "
                    + tool + " is not installed" + (tool.equals("secret-tool") ? " (Debian/Ubuntu: apt-get install libsecret-tools)" : "")
                    + ". Install it or use \"key\": {\"env\": \"NAME\"} instead.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyUnavailableException("profile '" + profile.name() + "': interrupted while reading the keychain.");
        }
    }

    private static String storeHint(String tool, KeySource.Keychain keychain) {
        return tool.equals("security")
                ? "security add-generic-password -s " + keychain.service() + " -a " + keychain.account() + " -w"
                : "secret-tool store --label=shiftlens service " + keychain.service() + " account " + keychain.account();
    }
}
