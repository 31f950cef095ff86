package app.rapport.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import app.rapport.member.MemberNotFoundException;
import app.rapport.support.IntegrationTest;

class NoteDraftApiTest extends IntegrationTest {

    @Autowired
    NoteDrafts noteDrafts;

    @BeforeEach
    void graph() {
        try (var session = driver.session()) {
            session.run("""
                    CREATE (ada:Member {id: 'ada', firstName: 'Ada', lastName: 'Lovelace'})
                    CREATE (zoe:Member {id: 'zoe', firstName: 'Zoë', lastName: "O'Brien", headline: "<script>alert('x')</script>"})
                    CREATE (ali:Member {id: 'ali', firstName: 'Ali', lastName: 'Khan'})
                    CREATE (bo:Member {id: 'bo', firstName: 'Bo', lastName: 'Li'})
                    CREATE (ada)-[:CONNECTED_TO]->(ali)<-[:CONNECTED_TO]-(zoe)
                    CREATE (rare:Interest {key: 'hamid karzai', name: 'Hamid Karzai'})
                    CREATE (common:Interest {key: 'jazz', name: 'Jazz'})
                    CREATE (ada)-[:INTERESTED_IN]->(rare), (zoe)-[:INTERESTED_IN]->(rare)
                    CREATE (ada)-[:INTERESTED_IN]->(common), (zoe)-[:INTERESTED_IN]->(common), (ali)-[:INTERESTED_IN]->(common)
                    CREATE (acme:Organization {id: 'acme', name: 'Acme', kind: 'COMPANY'})
                    CREATE (ada)-[:WORKS_AT {from: 2019}]->(acme)<-[:WORKS_AT {from: 2020}]-(zoe)
                    CREATE (neo:Organization {id: 'neo', name: 'Neo & Co', kind: 'COMPANY'})
                    CREATE (bo)-[:WORKS_AT {from: 2015}]->(neo)
                    """).consume();
        }
    }

    @Test
    void memberGetsDraftsNamingRarestInterestFirstTheMutualConnectionAndTheCompany() throws Exception {
        drafts("ada", "zoe", bearer("ada"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("ada"))
                .andExpect(jsonPath("$.to").value("zoe"))
                .andExpect(jsonPath("$.limit").value(300))
                .andExpect(jsonPath("$.drafts.length()").value(3))
                .andExpect(jsonPath("$.drafts[*].tone").value(org.hamcrest.Matchers.contains("friendly", "professional", "brief")))
                .andExpect(jsonPath("$.drafts[0].text").value("Hi Zoë! Looks like we're both into Hamid Karzai and Jazz,"
                        + " we both know Ali Khan, and we've both worked at Acme. I'd love to trade notes on Hamid Karzai"
                        + " - I think we'd both get something out of it. Let's connect!"))
                .andExpect(jsonPath("$.drafts[1].text").value(containsString("Best regards, Ada")))
                .andExpect(jsonPath("$.drafts[2].text").value(containsString("Hamid Karzai")))
                .andExpect(jsonPath("$.drafts[2].text").value(not(containsString("Jazz"))));
        assertThat(noteDrafts.drafts("ada", "zoe")).isEqualTo(noteDrafts.drafts("ada", "zoe"));
    }

    @Test
    void profileTextIsPlainInJsonAndEscapedInTheHtmlField() throws Exception {
        drafts("bo", "zoe", bearer("bo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.drafts[0].text").value(containsString("your work as <script>alert('x')</script>")))
                .andExpect(jsonPath("$.drafts[0].html").value(containsString("&lt;script&gt;alert('x')&lt;/script&gt;")))
                .andExpect(jsonPath("$.drafts[0].html").value(not(containsString("<script>"))));
        drafts("zoe", "bo", bearer("zoe"))
                .andExpect(jsonPath("$.drafts[0].text").value(containsString("your work at Neo & Co")))
                .andExpect(jsonPath("$.drafts[0].html").value(containsString("Neo &amp; Co")));
    }

    @Test
    void onlyTheMemberThemselfGetsDrafts() throws Exception {
        drafts("ada", "zoe", bearer("zoe")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        drafts("ada", "zoe", null).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/members/ada/welcome-draft").param("to", "ali").header(HttpHeaders.AUTHORIZATION, bearer("ali")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/members/ada/welcome-draft").param("to", "ali")).andExpect(status().isUnauthorized());
    }

    @Test
    void badOrUnknownIdsGetProblems() throws Exception {
        drafts("ada", "nobody", bearer("ada")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("nobody")));
        drafts("ghost", "ada", bearer("ghost")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("ghost")));
        drafts("ada", "bad id!", bearer("ada")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("to")));
        drafts("ada", "ada", bearer("ada")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/members/ada/note-drafts").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/members/ada/welcome-draft").param("to", "ghost").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isNotFound());
        assertThat(count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)")).isEqualTo(8);
    }

    @Test
    void welcomeDraftIsOfferedToNewConnectionsOnly() throws Exception {
        mvc.perform(get("/api/members/ali/welcome-draft").param("to", "zoe").header(HttpHeaders.AUTHORIZATION, bearer("ali")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draft.tone").value("welcome"))
                .andExpect(jsonPath("$.draft.text").value("Hi Zoë, thanks for connecting! Good to see that we share an interest"
                        + " in Jazz. I'd enjoy hearing your thoughts on Jazz, and if I can help with anything, just ask. Talk soon, Ali"))
                .andExpect(jsonPath("$.draft.html").value(containsString("Zo&euml;")));
        mvc.perform(get("/api/members/ada/welcome-draft").param("to", "zoe").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void classifyTellsDraftedEditedOwnAndNone() {
        List<NoteDraft> drafts = noteDrafts.drafts("ada", "zoe");
        String friendly = drafts.get(0).text();
        assertThat(noteDrafts.classify("ada", "zoe", null)).isEqualTo(NoteKind.NONE);
        assertThat(noteDrafts.classify("ada", "zoe", "   ")).isEqualTo(NoteKind.NONE);
        assertThat(noteDrafts.classify("ada", "zoe", "  " + friendly + "\n")).isEqualTo(NoteKind.DRAFTED);
        assertThat(noteDrafts.classify("ada", "zoe", drafts.get(2).text())).isEqualTo(NoteKind.DRAFTED);
        assertThat(noteDrafts.classify("ada", "zoe", friendly.replace("Let's connect!", "Shall we connect? Cheers, Ada")))
                .isEqualTo(NoteKind.EDITED);
        assertThat(noteDrafts.classify("ada", "zoe", "Hey, we met at the conference last week. Add me?")).isEqualTo(NoteKind.OWN);
        // The same text is one member's draft but another pair's own words.
        assertThat(noteDrafts.classify("bo", "ali", friendly)).isEqualTo(NoteKind.OWN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noteDrafts.classify("ada", "ghost", "Hi"))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(NoteDrafts.similarity("", "")).isEqualTo(1.0);
        assertThat(NoteDrafts.similarity("abcd", "abcx")).isEqualTo(0.75);
    }

    private ResultActions drafts(String id, String to, String bearer) throws Exception {
        var request = get("/api/members/{id}/note-drafts", id).param("to", to);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        return mvc.perform(request);
    }
}
