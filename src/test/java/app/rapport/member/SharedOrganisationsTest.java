package app.rapport.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

/**
 * Organisations and places are shared between members: a member links to an existing one by id but cannot rename
 * it, change its kind, or take an id for a new one (that gets an id derived from its kind and name); only an ADMIN
 * creates one under an id of their choice.
 */
class SharedOrganisationsTest extends IntegrationTest {

    @Test
    void aMemberCannotRenameRekindOrSquatASharedId() throws Exception {
        cypher("CREATE (:Organization {id: 'acme', name: 'ACME', kind: 'COMPANY'}), (:Place {id: 'oslo', name: 'Oslo', kind: 'CITY'})",
                Map.of());
        profile("mallory", Role.MEMBER, """
                {"firstName": "M", "lastName": "X",
                 "employers": [{"id": "acme", "name": "Evil Corp"}, {"id": "bigbank", "name": "Big Bank"}],
                 "schools": [{"id": "acme", "name": "ACME University"}],
                 "city": {"id": "oslo", "name": "Mallorytown"}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.employers[?(@.organizationId == 'acme')].name").value("ACME"))
                .andExpect(jsonPath("$.city.name").value("Oslo"));

        assertThat(count("MATCH (o:Organization {id: 'acme'}) WHERE o.name = 'ACME' AND o.kind = 'COMPANY' RETURN count(o)")).isEqualTo(1);
        assertThat(count("MATCH (p:Place {id: 'oslo'}) WHERE p.name = 'Oslo' RETURN count(p)")).isEqualTo(1);
        // The new company and the school did not take the ids the member asked for.
        assertThat(count("MATCH (o:Organization {id: 'bigbank'}) RETURN count(o)")).isZero();
        assertThat(count("MATCH (:Member {id: 'mallory'})-[:WORKS_AT]->(o:Organization {kind: 'COMPANY'}) WHERE o.id STARTS WITH 'company:' RETURN count(o)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Member {id: 'mallory'})-[:STUDIED_AT]->(o:Organization) WHERE o.kind = 'SCHOOL' AND o.id STARTS WITH 'school:' RETURN count(o)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Member {id: 'mallory'})-[:STUDIED_AT]->(:Organization {id: 'acme'}) RETURN count(*)")).isZero();
    }

    @Test
    void anAdminCreatesSharedOrganisationsUnderTheIdsTheyChoose() throws Exception {
        profile("ada", Role.ADMIN, """
                {"firstName": "A", "lastName": "L", "employers": [{"id": "bigbank", "name": "Big Bank"}]}""")
                .andExpect(status().isCreated());
        assertThat(count("MATCH (:Member {id: 'ada'})-[:WORKS_AT]->(o:Organization {id: 'bigbank', name: 'Big Bank', kind: 'COMPANY'}) RETURN count(o)"))
                .isEqualTo(1);
        // Later members link to it by id, and its name stays.
        profile("bob", Role.MEMBER, """
                {"firstName": "B", "lastName": "X", "employers": [{"id": "bigbank", "name": "Small Bank"}]}""")
                .andExpect(jsonPath("$.employers[0].organizationId").value("bigbank")).andExpect(jsonPath("$.employers[0].name").value("Big Bank"));
    }

    private ResultActions profile(String id, Role role, String body) throws Exception {
        return mvc.perform(put("/api/members/" + id).header(HttpHeaders.AUTHORIZATION, bearer(id, role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
