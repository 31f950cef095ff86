package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Activity of the {@code simulate} command goes through the same Java API and is marked as simulated. */
class SimulatedInvitationsTest extends InvitationTestBase {

    @Test
    void simulatedActivityIsMarkedThroughTheJavaApi(@Autowired Invitations invitations) {
        members("a", "b");
        InvitationView sent = invitations.send("a", new SendInvitation("b", "hello", InvitationSource.PROFILE, null), true);
        assertThat(sent.simulated()).isTrue();
        InvitationView accepted = invitations.accept("b", sent.id());
        assertThat(accepted.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(count("MATCH (i:Invitation {simulated: true, status: 'ACCEPTED'}) RETURN count(i)")).isEqualTo(1);
    }
}
