package io.factunit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Names of places and organisations a rule pack declares ({@code names:}): the places and bodies of the stories
 * it is written for, which the language's own lists leave out. No mention finder takes them for a person, and
 * before a title they qualify it ("Hamas chief" → "head of hamas").
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Names(List<String> places, List<String> organisations) {
    public static final Names NONE = new Names(List.of(), List.of());

    public Names {
        places = List.copyOf(places);
        organisations = List.copyOf(organisations);
    }

    /** Every name, places first. */
    public List<String> all() {
        List<String> all = new ArrayList<>(places);
        all.addAll(organisations);
        return all;
    }

    /** These names and then {@code other}'s (rule files are read in order). */
    Names and(Names other) {
        List<String> morePlaces = new ArrayList<>(places);
        morePlaces.addAll(other.places);
        List<String> moreOrganisations = new ArrayList<>(organisations);
        moreOrganisations.addAll(other.organisations);
        return new Names(morePlaces, moreOrganisations);
    }
}
