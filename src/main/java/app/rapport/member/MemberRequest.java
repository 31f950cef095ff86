package app.rapport.member;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/members/{id}}: the whole profile, which replaces what was there. */
record MemberRequest(
        @NotBlank @Size(max = 100) @PlainText String firstName,
        @NotBlank @Size(max = 100) @PlainText String lastName,
        @Size(max = 220) @PlainText String headline,
        @Size(max = 100) @PlainText String industry,
        @Size(max = 50, message = "at most 50 interests") List<@NotBlank @Size(max = 100) @PlainText String> interests,
        @Size(max = 30) List<@Valid @NotNull Employer> employers,
        @Size(max = 20) List<@Valid @NotNull School> schools,
        @Valid City city) {

    List<String> interestsOrEmpty() {
        return interests == null ? List.of() : interests;
    }

    List<Employer> employersOrEmpty() {
        return employers == null ? List.of() : employers;
    }

    List<School> schoolsOrEmpty() {
        return schools == null ? List.of() : schools;
    }

    record Employer(
            @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @NotBlank @Size(max = 200) @PlainText String name,
            @Min(1900) @Max(2100) Integer from,
            @Min(1900) @Max(2100) Integer to) {

        @AssertTrue(message = "'to' must not be before 'from'")
        boolean isOrdered() {
            return from == null || to == null || to >= from;
        }
    }

    record School(
            @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @NotBlank @Size(max = 200) @PlainText String name,
            @Min(1900) @Max(2100) Integer classYear) {
    }

    record City(
            @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @NotBlank @Size(max = 200) @PlainText String name) {
    }
}
