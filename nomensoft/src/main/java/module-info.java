/**
 * inami-rules nomensoft: reads official NomenSoft fee exports (XML, {@code nomen_honoraires.xsd}
 * version 2) into a rate overlay that a user installs beside the library's rate modules.
 */
module io.github.inamirules.nomensoft {
    requires transitive io.github.inamirules.core;
    requires java.xml;

    exports io.github.inamirules.nomensoft;
}
