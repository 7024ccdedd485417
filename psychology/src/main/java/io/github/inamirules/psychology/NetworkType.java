package io.github.inamirules.psychology;

/**
 * The two kinds of mental-health network (réseau de santé mentale / netwerk geestelijke gezondheid) a
 * clinical psychologist or orthopedagogue signs an agreement with (PSY-22): the network for children
 * and adolescents (up to and including 23 years) and the network for adults (from 15 years). Named in
 * files {@code children-adolescents} and {@code adults}.
 */
public enum NetworkType {
    /** The network "enfants et adolescents" / "kinderen en adolescenten". */
    CHILDREN_ADOLESCENTS,
    /** The network "adultes" / "volwassenen". */
    ADULTS
}
