package app.rapport.analytics;

import java.util.Arrays;
import java.util.List;

/**
 * The answer (202 Accepted) while a window's first network report is being computed in the background:
 * ask again after {@code retryAfterSeconds}.
 */
public record NetworkComputing(String state, AnalyticsWindow window, String interval, int retryAfterSeconds, String detail)
        implements CsvTable.Windowed {

    static NetworkComputing of(AnalyticsWindow window, String unit) {
        return new NetworkComputing("computing", window, unit, 2,
                "The network metrics for this window are being computed in the background; ask again shortly.");
    }

    @Override
    public List<String> columns() {
        return List.of("state", "interval", "retryAfterSeconds");
    }

    @Override
    public List<List<Object>> rows() {
        return List.of(Arrays.asList(state, interval, retryAfterSeconds));
    }
}
