package io.github.inamirules.psychology;

import io.github.inamirules.rules.DecisionDraft;
import java.util.HashSet;
import java.util.Set;

/**
 * Which network session is the first individual one, derived and never an input: the first accepted
 * individual (or entourage) session of a care path under a network convention (PSY-27: "De eerste
 * individuele sessie is trouwens altijd gratis"; PSY-43). Group sessions and pilot sessions before it
 * do not make it a later one.
 *
 * @see <a href="https://www.hln.be/geld/tot-ruim-1-000-euro-op-deze-tussenkomsten-van-de-ziekenfondsen-kan-je-rekenen-voor-psychologische-hulp~a49e8296/">
 *     PSY-27 source</a>
 */
final class FirstIndividualSession {
    private final Set<String> carePathsWithIndividual = new HashSet<>();

    /** Tells whether the draft is its care path's first individual session; remembers it once accepted. */
    boolean apply(DecisionDraft d, SessionType type) {
        if (!type.isIndividual()) {
            return false;
        }
        String path = d.episode().id();
        if (carePathsWithIndividual.contains(path)) {
            return false;
        }
        d.whenAccepted(() -> carePathsWithIndividual.add(path));
        return true;
    }
}
