package app.rapport.analytics.simulation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** In the {@code simulate} process only (the launcher sets {@code rapport.command}), time is simulated. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rapport.command", havingValue = "simulate")
class SimulationClockConfiguration {

    @Bean
    @Primary
    SimulationClock simulationClock() {
        return new SimulationClock();
    }
}
