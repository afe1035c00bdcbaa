package org.cityindicators.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The candidates drafted from one document, in document order; the same figure printed twice is one candidate. */
public record Draft(List<Candidate> candidates) {

    public Draft {
        candidates = List.copyOf(candidates);
    }

    /** Merges repeated figures (same identity and value) into the first, whose reason says where it was repeated. */
    static Draft merged(List<Candidate> inOrder) {
        Map<String, Integer> first = new HashMap<>();
        Map<Integer, List<Candidate>> repeats = new HashMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : inOrder) {
            Integer earlier = c.placed() ? first.get(c.identity()) : null;
            if (earlier != null) {
                repeats.computeIfAbsent(earlier, k -> new ArrayList<>()).add(c);
                continue;
            }
            if (c.placed()) {
                first.put(c.identity(), kept.size());
            }
            kept.add(c);
        }
        repeats.forEach((at, again) -> kept.set(at, kept.get(at).withReason("; printed again " + again.size()
                + (again.size() == 1 ? " time" : " times") + ", first at " + again.get(0).start() + ": \""
                + again.get(0).quote() + "\"")));
        return new Draft(kept);
    }

    /** The candidates that name an indicator. */
    public List<Candidate> placed() {
        return candidates.stream().filter(Candidate::placed).toList();
    }

    /** The numbers no rule could place. */
    public List<Candidate> unplaced() {
        return candidates.stream().filter(c -> !c.placed()).toList();
    }
}
