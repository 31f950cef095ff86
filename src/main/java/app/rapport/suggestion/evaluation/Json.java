package app.rapport.suggestion.evaluation;

import tools.jackson.databind.json.JsonMapper;

/** Pretty JSON for the {@code --json} output of the commands. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
