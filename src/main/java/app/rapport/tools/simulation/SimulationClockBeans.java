package app.rapport.tools.simulation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The simulation's settable clock as the primary {@link java.time.Clock} bean, added to the context of the
 * {@code simulate} process only ({@link SimulateCommand#addedBeans()}). Deliberately not a
 * {@code @Configuration}: the serving application's component scan must never find it.
 */
class SimulationClockBeans {

    @Bean
    @Primary
    SimulationClock simulationClock() {
        return new SimulationClock();
    }
}
