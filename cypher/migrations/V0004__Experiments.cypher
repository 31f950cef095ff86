// Experiments (issue 16): one Experiment per name; arms as two parallel lists (names, shares) because a property
// cannot hold a map. Impressions and invitations name the experiment and arm they were served under.
CREATE CONSTRAINT experiment_name IF NOT EXISTS FOR (e:Experiment) REQUIRE e.name IS UNIQUE;
CREATE INDEX suggestion_shown_experiment IF NOT EXISTS FOR (s:SuggestionShown) ON (s.experiment);
