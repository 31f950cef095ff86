package app.rapport.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one training found, kept as the version's {@code meta.json} and printed by {@code train}.
 *
 * @param version           the version number
 * @param trainedAt         when it finished
 * @param promoted          whether its model beat the formula on the validation members and now serves
 * @param kind              the best model's kind ({@code linear} or {@code trees}), null when none was trained
 * @param recall            the best model's validation Recall@10
 * @param formulaRecall     the formula's validation Recall@10 on the same members
 * @param recalls           validation Recall@10 of every ranker tried, by name ({@code formula}, {@code linear},
 *                          {@code trees})
 * @param validationMembers members validated on (hidden connections of the validation split)
 * @param splits            inner splits trained on
 * @param newestSplit       true when the newest connections were hidden (the graph has dates), false for random
 * @param groups            members trained on (with at least one hidden connection among their candidates)
 * @param rows              candidate rows trained on
 * @param outcomePositives  accepted invitations from suggestions found (outcome positives)
 * @param outcomeGroups     outcome groups trained on (0 until there are {@code minPositives} positives)
 * @param members           members in the graph trained on
 * @param connections       connections in that graph
 * @param seconds           wall-clock seconds of the whole training
 * @param notes             anything a reader should know (e.g. a library that could not run)
 */
public record TrainingReport(int version, Instant trainedAt, boolean promoted, String kind, double recall, double formulaRecall,
        Map<String, Double> recalls, int validationMembers, int splits, boolean newestSplit, int groups, long rows,
        int outcomePositives, int outcomeGroups, int members, long connections, double seconds, List<String> notes) {
}
