/** A user's module: needs only core; the rates come as a service. */
module org.example.consumer {
    requires io.github.inamirules.core;
}
