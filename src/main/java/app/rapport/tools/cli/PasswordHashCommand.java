package app.rapport.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import picocli.CommandLine.Command;

/**
 * {@code password-hash}: reads a password from standard input (first line) and prints the {@code {bcrypt}} hash that
 * {@code rapport.dashboard.users.<member>.password} wants, so no plain password ends up in configuration.
 */
@Command(name = "password-hash", mixinStandardHelpOptions = true,
        description = "Print the {bcrypt} hash of the password read from standard input (for rapport.dashboard.users).")
class PasswordHashCommand implements AppCommand.Standalone {

    @Override
    public int run(ConfigurableApplicationContext context) {
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("give a password of at least 8 characters on standard input");
        }
        System.out.println("{bcrypt}" + new BCryptPasswordEncoder(12).encode(password));
        return 0;
    }
}
