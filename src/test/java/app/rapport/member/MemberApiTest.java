package app.rapport.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

class MemberApiTest extends IntegrationTest {

    private static final String ADA = """
            {"firstName": "Ada", "lastName": "O'Brien-Łukasiewicz", "headline": "Graph engineer",
             "industry": "Software",
             "interests": ["Graph_databases", "graph  databases", "Hamid_Karzai", "Jazz"],
             "employers": [{"name": "Neo Corp", "from": 2019}, {"id": "acme", "name": "ACME", "from": 2012, "to": 2018}],
             "schools": [{"name": "Uppsala University", "classYear": 2011}],
             "city": {"name": "Malmö"}}
            """;

    @Test
    void memberCreatesAndReadsOwnProfileWithNormalisedInterests() throws Exception {
        mvc.perform(put("/api/members/ada-1").header(HttpHeaders.AUTHORIZATION, bearer("ada-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(ADA))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lastName").value("O'Brien-Łukasiewicz"))
                .andExpect(jsonPath("$.interests.length()").value(3))
                .andExpect(jsonPath("$.interests[0]").value("Graph databases"))
                .andExpect(jsonPath("$.employers[0].name").value("ACME"))
                .andExpect(jsonPath("$.employers[0].to").value(2018))
                .andExpect(jsonPath("$.schools[0].classYear").value(2011))
                .andExpect(jsonPath("$.city.name").value("Malmö"));

        mvc.perform(put("/api/members/ada-1").header(HttpHeaders.AUTHORIZATION, bearer("ada-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\": \"Ada\", \"lastName\": \"B\", \"interests\": [\"graph databases\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interests.length()").value(1))
                .andExpect(jsonPath("$.employers.length()").value(0));

        assertThat(count("MATCH (i:Interest {key: 'graph databases'}) RETURN count(i)")).isEqualTo(1);
        assertThat(count("MATCH (:Member {id: 'ada-1'})-[r]->() RETURN count(r)")).isEqualTo(1);

        mvc.perform(get("/api/members/ada-1").header(HttpHeaders.AUTHORIZATION, bearer("someone-else")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Ada"));
    }

    @Test
    void aProfileReadFromMemoryShowsTheMembersOwnWriteAtOnce() throws Exception {
        mvc.perform(put("/api/members/ada-2").header(HttpHeaders.AUTHORIZATION, bearer("ada-2"))
                .contentType(MediaType.APPLICATION_JSON).content(ADA)).andExpect(status().isCreated());
        for (int i = 0; i < 2; i++) {   // the second read is served from memory
            mvc.perform(get("/api/members/ada-2").header(HttpHeaders.AUTHORIZATION, bearer("ada-2")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.headline").value("Graph engineer"));
        }
        mvc.perform(put("/api/members/ada-2").header(HttpHeaders.AUTHORIZATION, bearer("ada-2"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\": \"Ada\", \"lastName\": \"B\", \"headline\": \"Cartographer\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/members/ada-2").header(HttpHeaders.AUTHORIZATION, bearer("someone-else")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.headline").value("Cartographer"))
                .andExpect(jsonPath("$.interests.length()").value(0));
    }

    @Test
    void interestSpellingsShareOneInterestAcrossMembers() throws Exception {
        putAsAdmin("m1", "{\"firstName\":\"A\",\"lastName\":\"B\",\"interests\":[\"Graph_databases\"]}");
        putAsAdmin("m2", "{\"firstName\":\"C\",\"lastName\":\"D\",\"interests\":[\"graph databases\"]}");
        assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(1);
        assertThat(count("MATCH (:Member)-[:INTERESTED_IN]->(:Interest {key:'graph databases'}) RETURN count(*)")).isEqualTo(2);
    }

    @Test
    void writingAnotherMembersProfileNeedsAdmin() throws Exception {
        mvc.perform(put("/api/members/bob").header(HttpHeaders.AUTHORIZATION, bearer("ada-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(ADA))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/members/bob").contentType(MediaType.APPLICATION_JSON).content(ADA))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/members/bob")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/members/bob").header(HttpHeaders.AUTHORIZATION, bearer("admin", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(ADA))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/members/bob").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void badInputGetsProblemNamingTheFieldAndStoresNothing() throws Exception {
        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "\"topic " + i + "\"").collect(Collectors.joining(","));
        String longName = String.join("", Collections.nCopies(101, "x"));
        expectBadRequest("ada-1", "{\"lastName\":\"B\"}", "firstName");
        expectBadRequest("ada-1", "{\"firstName\":\"" + longName + "\",\"lastName\":\"B\"}", "firstName");
        expectBadRequest("ada-1", "{\"firstName\":\"A\",\"lastName\":\"B\",\"interests\":[" + fiftyOne + "]}", "interests");
        expectBadRequest("ada-1", "{\"firstName\":\"A\",\"lastName\":\"B\",\"employers\":[{\"name\":\"X\",\"from\":2020,\"to\":2010}]}", "ordered");
        expectBadRequest("ada-1", "{\"firstName\":\"A\",\"lastName\":\"B\",\"interests\":[\"  \"]}", "interests");
        expectBadRequest("ada-1", "{\"firstName\": 12, \"lastName\": [1]}", null);
        expectBadRequest("ada-1", "not json", null);
        mvc.perform(put("/api/members/bad id!").header(HttpHeaders.AUTHORIZATION, bearer("admin", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(ADA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("id")));
        mvc.perform(get("/api/members/nobody").header(HttpHeaders.AUTHORIZATION, bearer("ada-1")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)")).isZero();
    }

    private void expectBadRequest(String id, String body, String field) throws Exception {
        var result = mvc.perform(put("/api/members/" + id).header(HttpHeaders.AUTHORIZATION, bearer(id))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        if (field != null) {
            result.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(field)));
        }
    }

    private void putAsAdmin(String id, String body) throws Exception {
        mvc.perform(put("/api/members/" + id).header(HttpHeaders.AUTHORIZATION, bearer("admin", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }
}
