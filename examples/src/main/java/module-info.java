/**
 * Examples of inami-rules used as a Java service would. Not published.
 */
module io.github.inamirules.examples {
    requires transitive io.github.inamirules.physiotherapy;

    exports io.github.inamirules.examples;
}
