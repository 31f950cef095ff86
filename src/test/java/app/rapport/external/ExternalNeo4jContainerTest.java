package app.rapport.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import app.rapport.importer.Importers;
import app.rapport.security.Role;
import app.rapport.security.TokenIssuer;

/**
 * The service against the official {@code neo4j:5.26} server image, as in a deployment with
 * {@code spring.neo4j.uri}: migrations, profiles and import over a real network connection. Runs only
 * where Docker exists (not on this project's CI machine, which has the in-process harness instead).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "rapport.import.progress=false")
@AutoConfigureMockMvc
class ExternalNeo4jContainerTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("rapport-test-pw");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) throws Exception {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", NEO4J::getAdminPassword);
        Path dataDir = Files.createTempDirectory("rapport-tc-");
        registry.add("rapport.data-dir", dataDir::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Driver driver;

    @Autowired
    Importers importers;

    @Autowired
    TokenIssuer tokens;

    @Test
    void migrationsImportAndProfilesWorkAgainstAServer() throws Exception {
        assertThat(driver.executableQuery("MATCH (m:__Migration) RETURN count(m) AS n").execute()
                .records().get(0).get("n").asLong()).isPositive();
        importers.demo();
        assertThat(driver.executableQuery("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c) AS n").execute()
                .records().get(0).get("n").asLong()).isEqualTo(14073);
        String admin = "Bearer " + tokens.issue("admin", Role.ADMIN);
        mvc.perform(put("/api/members/tc-1").header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"Tess\",\"lastName\":\"Container\",\"interests\":[\"Graph_databases\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/members/tc-1").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interests[0]").value("Graph databases"));
    }
}
