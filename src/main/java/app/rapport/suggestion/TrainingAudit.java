package app.rapport.suggestion;

/**
 * What a training looks at: every graph it computes features on (each inner split's, which validation uses too)
 * and every labelled group it learns from. {@link #NONE} in the product; the leak check
 * ({@code TrainingLeakTest}) records them to prove a training never sees the connections it is judged on.
 */
interface TrainingAudit {

    TrainingAudit NONE = new TrainingAudit() {
        @Override
        public void graph(MemberGraph g) {
        }

        @Override
        public void labelled(MemberGraph g, int member, int[] candidates, float[] labels) {
        }
    };

    /** A graph features are computed on. */
    void graph(MemberGraph g);

    /** A group learnt from: {@code member}'s candidates (indices in {@code g}) with their labels (1 = connects). */
    void labelled(MemberGraph g, int member, int[] candidates, float[] labels);
}
